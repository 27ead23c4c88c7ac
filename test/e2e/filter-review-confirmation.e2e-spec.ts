import { buildWorld, screened, searchEverything } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';

describe('filter review: the reviewer confirms reading every field in full', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses a review without the confirmation, stores it with a timestamp and reads it back', async () => {
    const w = await buildWorld(t);
    const findingId = await searchEverything(t, w, w.vettingIds[0], w.searcher, {
      excerpt: "I'm 52 and if he parks there again I will burn his truck.",
    });
    const { flags } = await screened(t, findingId, w.validator);
    const decisions = flags.map((f) => ({ flagId: f.id, action: 'REDACT' }));
    const post = (body: Record<string, unknown>) =>
      t.http().post(`/api/findings/${findingId}/filter-review`).set(w.validator.auth).send(body);

    for (const body of [{ decisions }, { decisions, readAllFieldsConfirmed: false }]) {
      const refused = await post(body);
      expect(refused.status).toBe(400);
      expect(refused.body.message).toBe(
        'readAllFieldsConfirmed must be true: confirm you read every field in full',
      );
    }
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM filter_reviews WHERE finding_id = $1`,
      [findingId],
    );
    expect(n).toBe(0);

    const before = Date.now();
    const ok = await post({ decisions, readAllFieldsConfirmed: true });
    expect(ok.status).toBe(201);
    const at = new Date(ok.body.readAllFieldsConfirmedAt).getTime();
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    const [row] = await t.db.query(
      `SELECT read_all_fields_confirmed_at AS at FROM filter_reviews WHERE id = $1`,
      [ok.body.id],
    );
    expect(new Date(row.at).toISOString()).toBe(ok.body.readAllFieldsConfirmedAt);
  });
});
