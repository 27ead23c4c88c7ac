import { buildWorld, findingBody, itemBody, screened } from '../support/fixtures';
import { RedisProxy } from '../support/tcp-proxy';
import { startTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait';

describe('the screening outbox survives a Redis outage', () => {
  let t: TestApp;
  let proxy: RedisProxy;

  beforeAll(async () => {
    proxy = await new RedisProxy().start();
    t = await startTestApp({ REDIS_URL: proxy.url });
  });
  afterAll(async () => {
    proxy.up();
    await t.close();
    await proxy.stop();
  });

  it('saves a finding while Redis is down and scans it once Redis is back', async () => {
    const w = await buildWorld(t);
    await t
      .http()
      .put(`/api/vettings/${w.vettingIds[0]}/items/facebook`)
      .set(w.searcher.auth)
      .send(itemBody('FINDINGS'))
      .expect(200);

    proxy.down();
    const ready = await waitFor(
      async () => {
        const res = await t.http().get('/health/ready');
        return res.status === 503 ? res : null;
      },
      10000,
      'readiness to report Redis down',
    );
    expect(ready.body.message).toBe('Not ready: redis is down');

    const created = await t
      .http()
      .post(`/api/vettings/${w.vettingIds[0]}/findings`)
      .set(w.searcher.auth)
      .send(findingBody({ excerpt: "I'm 52 and I went to mass today." }));
    expect(created.status).toBe(201);
    const findingId = created.body.id as string;

    // The relay tries, fails and leaves the request in PostgreSQL.
    const row = await waitFor(
      async () => {
        const [r] = await t.db.query(
          `SELECT dispatched_at, attempts, last_error FROM screening_outbox WHERE finding_id = $1`,
          [findingId],
        );
        return r && r.attempts >= 2 ? r : null;
      },
      10000,
      'failed dispatch attempts',
    );
    expect(row.dispatched_at).toBeNull();
    expect(row.last_error).toMatch(/Redis did not answer/);
    const pending = await t.http().get(`/api/findings/${findingId}/screening`).set(w.searcher.auth);
    expect(pending.body).toMatchObject({ status: 'PENDING', flags: [] });

    proxy.up();
    const { flags } = await screened(t, findingId, w.searcher);
    expect(flags.map((f) => f.class).sort()).toEqual(['AGE', 'RELIGION']);
    const [after] = await t.db.query(
      `SELECT dispatched_at FROM screening_outbox WHERE finding_id = $1`,
      [findingId],
    );
    expect(after.dispatched_at).not.toBeNull();
  });
});
