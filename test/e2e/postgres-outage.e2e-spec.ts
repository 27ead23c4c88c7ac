import { Client } from 'pg';
import { auditSettled } from '../support/audit';
import { buildWorld, findingBody, itemBody, World } from '../support/fixtures';
import { PostgresProxy } from '../support/tcp-proxy';
import { startTestApp, TestApp } from '../support/test-app';
import { dbUrl } from '../support/test-env';
import { waitFor } from '../support/wait';

/** The bounds this test sets, and the README documents, for how long a request may wait on PostgreSQL. */
const CONNECT_TIMEOUT_MS = 1500;
const QUERY_TIMEOUT_MS = 3000;
/** A request never takes longer than a connection wait plus one query wait (and some slack for the test machine). */
const WORST_CASE_MS = CONNECT_TIMEOUT_MS + QUERY_TIMEOUT_MS + 2500;

/** Polls a condition on the test's own state. */
const until = (cond: () => boolean, ms: number, what: string) =>
  waitFor(() => Promise.resolve(cond()), ms, what);

interface Outcome {
  status: number;
  ms: number;
  id?: string;
  message?: string;
}

/**
 * PostgreSQL becomes unreachable while requests run: a TCP proxy sits between the app and the
 * real server, and the test cuts it (refused connections) or makes it hang (a black hole).
 */
describe('PostgreSQL unreachable under load', () => {
  let t: TestApp;
  let proxy: PostgresProxy;
  let w: World;
  let direct: Client;

  beforeAll(async () => {
    proxy = await new PostgresProxy().start();
    t = await startTestApp(
      {
        DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
        DB_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
      },
      { databaseUrl: (name) => proxy.url(name) },
    );
    w = await buildWorld(t);
    await t
      .http()
      .put(`/api/vettings/${w.vettingIds[0]}/items/facebook`)
      .set(w.searcher.auth)
      .send(itemBody('FINDINGS'))
      .expect(200);
    // The test's own view of the data goes around the proxy.
    direct = new Client({ connectionString: dbUrl(t.dbName) });
    await direct.connect();
  });
  afterAll(async () => {
    proxy.up();
    await direct?.end();
    await t?.close();
    await proxy?.stop();
  });

  /** One request: a finding written (finding, audit event and screening request in one transaction). */
  async function writeFinding(n: number): Promise<Outcome> {
    const started = Date.now();
    const res = await t
      .http()
      .post(`/api/vettings/${w.vettingIds[0]}/findings`)
      .set(w.searcher.auth)
      .send(findingBody({ summary: `Load finding ${n}` }))
      .catch((error: Error) => ({ status: 0, body: { message: error.message } }));
    return {
      status: res.status,
      ms: Date.now() - started,
      id: res.status === 201 ? (res.body.id as string) : undefined,
      message: res.body?.message as string | undefined,
    };
  }

  /** `clients` concurrent clients each sending requests back to back until `stop()` says so. */
  function load(clients: number) {
    const outcomes: Outcome[] = [];
    let running = true;
    let n = 0;
    const loops = Array.from({ length: clients }, async () => {
      while (running) outcomes.push(await writeFinding(++n));
    });
    return {
      outcomes,
      async stop() {
        running = false;
        await Promise.all(loops);
        return outcomes;
      },
    };
  }

  async function ready() {
    return t.http().get('/health/ready');
  }

  /** No write is half-done: every finding has its audit event and its screening request, and every 201 was kept. */
  async function expectNoHalfWrites(outcomes: Outcome[]) {
    await auditSettled(t);
    const { rows } = await direct.query<{ id: string; audited: boolean; queued: boolean }>(
      `SELECT f.id,
              EXISTS (SELECT 1 FROM audit_events a WHERE a.action = 'finding.create' AND a.subject_id = f.id::text) AS audited,
              EXISTS (SELECT 1 FROM screening_outbox o WHERE o.finding_id = f.id) AS queued
         FROM findings f`,
    );
    expect(rows.filter((r) => !r.audited || !r.queued)).toEqual([]);
    const stored = new Set(rows.map((r) => r.id));
    const created = outcomes.filter((o) => o.status === 201).map((o) => o.id!);
    expect(created.filter((id) => !stored.has(id))).toEqual([]);
  }

  it('answers 503 (never 500, never a hang), reports the database down, and resumes on its own', async () => {
    const before = load(4);
    await until(
      () => before.outcomes.filter((o) => o.status === 201).length >= 8,
      20000,
      'load to run',
    );

    proxy.down();
    const downReady = await waitFor(
      async () => {
        const res = await ready();
        return res.status === 503 ? res : null;
      },
      10000,
      'readiness to report PostgreSQL down',
    );
    expect(downReady.body.message).toMatch(/postgres is down/);
    const refusedFrom = before.outcomes.length;
    await until(
      () => before.outcomes.slice(refusedFrom).filter((o) => o.status === 503).length >= 8,
      15000,
      '503 answers during the outage',
    );

    proxy.up();
    await waitFor(
      async () => ((await ready()).status === 200 ? true : null),
      15000,
      'readiness back',
    );
    const resumedFrom = before.outcomes.length;
    await until(
      () => before.outcomes.slice(resumedFrom).filter((o) => o.status === 201).length >= 8,
      20000,
      'writes to succeed again without a restart',
    );
    const outcomes = await before.stop();

    const statuses = new Set(outcomes.map((o) => o.status));
    expect([...statuses].sort()).toEqual([201, 503]);
    const refused = outcomes.filter((o) => o.status === 503);
    expect(refused[0].message).toMatch(/database is unavailable/i);
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(WORST_CASE_MS);
    await expectNoHalfWrites(outcomes);
  });

  it('ends every request within the documented timeouts when the network hangs, then resumes', async () => {
    const run = load(3);
    await until(
      () => run.outcomes.filter((o) => o.status === 201).length >= 4,
      20000,
      'load to run',
    );

    proxy.blackhole();
    const hungFrom = run.outcomes.length;
    const started = Date.now();
    const hungReady = await ready();
    expect(hungReady.status).toBe(503);
    expect(hungReady.body.message).toMatch(/postgres is down/);
    expect(Date.now() - started).toBeLessThan(WORST_CASE_MS);
    await until(
      () => run.outcomes.slice(hungFrom).filter((o) => o.status === 503).length >= 4,
      WORST_CASE_MS * 3,
      '503 answers while the network hangs',
    );

    proxy.up();
    const resumedFrom = run.outcomes.length;
    await until(
      () => run.outcomes.slice(resumedFrom).filter((o) => o.status === 201).length >= 4,
      30000,
      'writes to succeed again without a restart',
    );
    const outcomes = await run.stop();

    expect(outcomes.filter((o) => o.status !== 201 && o.status !== 503)).toEqual([]);
    expect(Math.max(...outcomes.map((o) => o.ms))).toBeLessThan(WORST_CASE_MS);
    await expectNoHalfWrites(outcomes);
  });
});
