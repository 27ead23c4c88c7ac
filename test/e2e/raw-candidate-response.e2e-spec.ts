import { RAW_READ_ACTION } from '../../src/findings/raw-read.audit';
import { buildWorld, screened, searchEverything, World } from '../support/fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { auditSettled } from '../support/audit';

/** The filter review needs every screened text, the candidate's response included. */
describe('the raw finding carries the candidate response (the fourth screened field)', () => {
  let t: TestApp;
  let w: World;
  let findingId: string;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t);
    findingId = await searchEverything(t, w);
  });
  afterAll(() => t.close());

  const respond = (text: string, receivedAt: string) =>
    t
      .http()
      .post(`/api/findings/${findingId}/candidate-response`)
      .set(w.admin.auth)
      .send({ receivedAt, text })
      .expect(201);

  it('without a response: candidateResponse null, no responses', async () => {
    const res = await t.http().get(`/api/findings/${findingId}`).set(w.searcher.auth);
    expect(res.status).toBe(200);
    expect(res.body.candidateResponse).toBeNull();
    expect(res.body.candidateResponses).toEqual([]);
  });

  it('lists every response oldest first, the latest as the screened text, flags pointing into it', async () => {
    await respond('First reply: it was a joke among friends.', '2026-11-01T10:00:00.000Z');
    await respond(
      'Second reply: I was 8 weeks pregnant and stressed; I apologise.',
      '2026-11-02T10:00:00.000Z',
    );
    await auditSettled(t);
    const before = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND subject_id = $2 AND actor_id = $3`,
      [RAW_READ_ACTION, findingId, w.validator.id],
    );

    const res = await t.http().get(`/api/findings/${findingId}`).set(w.validator.auth);
    expect(res.status).toBe(200);
    expect(res.body.candidateResponse).toBe(
      'Second reply: I was 8 weeks pregnant and stressed; I apologise.',
    );
    expect(
      res.body.candidateResponses.map((r: { text: string; recordedBy: string }) => [
        r.text,
        r.recordedBy,
      ]),
    ).toEqual([
      ['First reply: it was a joke among friends.', w.admin.id],
      ['Second reply: I was 8 weeks pregnant and stressed; I apologise.', w.admin.id],
    ]);
    expect(res.body.candidateResponses[1].receivedAt).toBe('2026-11-02T10:00:00.000Z');

    // The read is a raw read, and audited as such.
    await auditSettled(t);
    const after = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND subject_id = $2 AND actor_id = $3`,
      [RAW_READ_ACTION, findingId, w.validator.id],
    );
    expect(after[0].n).toBe(before[0].n + 1);

    // The screening's candidateResponse flags index the text the view now carries.
    const { flags } = await screened(t, findingId, w.validator);
    const inResponse = flags.filter((f) => f.field === 'candidateResponse');
    expect(inResponse.length).toBeGreaterThan(0);
    for (const f of inResponse) {
      expect(res.body.candidateResponse.slice(f.start, f.end)).toBe(f.text);
    }
    // Detector v2 flags the whole statement, with the weeks that date it.
    expect(inResponse.map((f) => f.text)).toContain('8 weeks pregnant');
  });

  it('the assigned searcher’s vetting view carries it too; the admin’s metadata view does not', async () => {
    const raw = await t.http().get(`/api/vettings/${w.vettingIds[0]}`).set(w.searcher.auth);
    expect(raw.status).toBe(200);
    expect(raw.body.findings[0].candidateResponse).toMatch(/^Second reply/);
    const meta = await t.http().get(`/api/vettings/${w.vettingIds[0]}`).set(w.admin.auth);
    expect(meta.status).toBe(200);
    expect(JSON.stringify(meta.body)).not.toMatch(/reply/i);
  });
});
