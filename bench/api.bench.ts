/**
 * API benchmark with real server processes (autocannon as the load generator), each figure
 * beside a baseline measured in the same run:
 * - the panel report read (GET /api/reports/:id, audited) at 32 connections, beside the bare
 *   node-postgres floor doing that read's SQL (the caller's user row, the report, its latest
 *   version, the panel seat and one audit-sized INSERT, in one transaction) with 32 clients;
 * - an audited write (logging a search, PUT /api/vettings/:id/items/:key) with one and with two
 *   APP_ROLE=api processes, one APP_ROLE=worker process sequencing the chain;
 * - the sequencing lag (event to chained) p50/p99 over the whole run.
 *
 *   npm run bench:api
 *
 * Works on a throwaway database (cvbench_api_<random>), seeded with `seed:demo`, dropped at the
 * end even on error. BENCH_SECONDS (10) sets each measurement's length, PG_URL the server.
 */
import autocannon from 'autocannon';
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client, Pool } from 'pg';

const PG_SERVER = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 32;
const WRITE_VETTINGS = 32;
/**
 * Three ports in a row for the worker and the two api processes, below the kernel's ephemeral
 * range (32768 and up) that the run's own connections draw from; random, as another run may
 * hold any fixed choice.
 */
const PORT_BASE = Number(process.env.BENCH_PORT ?? 20000 + Math.floor(Math.random() * 12000));

const run = promisify(execFile);
const out = (label: string, value: string) =>
  process.stdout.write(`${label.padEnd(66, '.')} ${value}\n`);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const dbName = `cvbench_api_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const dbUrl = `${PG_SERVER}/${dbName}`;
const scratch = mkdtempSync(join(tmpdir(), 'cybervet-bench-api-'));
const children: ChildProcess[] = [];
const env = {
  ...process.env,
  NODE_ENV: 'development',
  DATABASE_URL: dbUrl,
  REDIS_URL,
  QUEUE_PREFIX: dbName,
  LOG_LEVEL: 'silent',
  JWT_SECRET: randomBytes(32).toString('hex'),
  JWT_TTL_SECONDS: '3600',
  LOGIN_RATE_LIMIT: '100000',
  EVIDENCE_DIR: join(scratch, 'evidence'),
  EXPORT_DIR: join(scratch, 'exports'),
  AUDIT_ANCHOR_DIR: join(scratch, 'anchors'),
  // The benchmark's users sign in by password alone (two-factor sign-in is not what it measures).
  MFA_REQUIRED_ROLES: 'none',
};

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: `${PG_SERVER}/postgres` });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

let created = false;
async function cleanUp(): Promise<void> {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.length = 0;
  if (!created) return;
  created = false;
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
  out('database dropped', dbName);
}

/**
 * One real server process, ready once /health/live answers: the compiled server that `npm start`
 * runs (`npm run bench:api` builds it first), not ts-node, which also loads Node's `domain`
 * module and so slows every event emitter.
 */
async function startServer(role: 'api' | 'worker', port: number): Promise<string> {
  const child = spawn('node', ['dist/src/main.js'], {
    env: { ...env, APP_ROLE: role, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${role} on ${port} exited (${child.exitCode})`);
    try {
      const res = await fetch(`${base}/health/live`);
      if (res.ok) return base;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${role} on ${port} did not start`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function login(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function call(base: string, token: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

interface Load {
  rps: number;
  p99: number;
  errors: number;
  requests: number;
}

async function load(opts: autocannon.Options & { nextPath?: () => string }): Promise<Load> {
  const { nextPath, ...rest } = opts;
  const result = await autocannon({
    connections: CONNECTIONS,
    duration: SECONDS,
    ...rest,
    ...(nextPath
      ? {
          requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: nextPath() }) }],
        }
      : {}),
  });
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

/** The bare floor of the panel read: its SQL by node-postgres, 32 clients, for SECONDS. */
async function floor(ids: {
  userId: string;
  reportId: string;
  vettingId: string;
  processId: string;
}): Promise<{ tps: number; count: number }> {
  const pool = new Pool({ connectionString: dbUrl, max: CONNECTIONS });
  await pool.query(`
    CREATE TABLE IF NOT EXISTS bench_floor_audit (
      id bigserial PRIMARY KEY, occurred_at timestamptz NOT NULL, actor_id uuid,
      actor_roles text[] NOT NULL DEFAULT '{}', action text NOT NULL, subject_type text NOT NULL,
      subject_id text, outcome text NOT NULL, details jsonb NOT NULL DEFAULT '{}',
      request_id text, client_ip text)`);
  let count = 0;
  const end = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const c = await pool.connect();
      try {
        while (performance.now() < end) {
          await c.query('BEGIN');
          await c.query('SELECT * FROM users WHERE id = $1', [ids.userId]);
          await c.query('SELECT * FROM report_versions WHERE id = $1', [ids.reportId]);
          await c.query(
            'SELECT id FROM report_versions WHERE vetting_id = $1 ORDER BY version DESC LIMIT 1',
            [ids.vettingId],
          );
          await c.query(
            'SELECT 1 FROM panel_members WHERE process_id = $1 AND user_id = $2 AND removed_at IS NULL LIMIT 1',
            [ids.processId, ids.userId],
          );
          await c.query(
            `INSERT INTO bench_floor_audit (occurred_at, actor_id, actor_roles, action, subject_type, subject_id, outcome, details, request_id, client_ip)
             VALUES (now(), $1, $2, 'report.view', 'report', $3, 'ALLOWED', $4, $5, '127.0.0.1')`,
            [
              ids.userId,
              ['PANEL'],
              ids.reportId,
              JSON.stringify({ processId: ids.processId, version: 1 }),
              randomUUID(),
            ],
          );
          await c.query('COMMIT');
          count += 1;
        }
      } finally {
        c.release();
      }
    }),
  );
  const ms = performance.now() - started;
  await pool.end();
  return { tps: count / (ms / 1000), count };
}

async function main(): Promise<void> {
  const started = performance.now();
  out('benchmark', `API with real processes, ${CONNECTIONS} connections, ${SECONDS} s per figure`);
  await admin((c) => c.query(`CREATE DATABASE "${dbName}"`));
  created = true;
  out('database created', dbName);

  // The demo department: a released report, a panel member, searchers, an administrator.
  const seeded = await run(
    'node',
    ['-r', 'ts-node/register/transpile-only', 'src/cli/seed-demo.ts'],
    {
      env,
      timeout: 300_000,
    },
  );
  const creds = new Map(
    [
      ...seeded.stdout.matchAll(/^\s+(\S+)\s+(\S+@demo\.cybervet\.test)\s+(demo-[0-9a-f]{12})$/gm),
    ].map((m) => [m[2], m[3]]),
  );
  const password = (email: string) => {
    const p = creds.get(email);
    if (!p) throw new Error(`seed:demo printed no password for ${email}`);
    return p;
  };

  const db = new Client({ connectionString: dbUrl });
  await db.connect();
  try {
    const [report] = (
      await db.query<{ id: string; vetting_id: string; process_id: string; user_id: string }>(
        `SELECT rv.id, rv.vetting_id, rv.process_id, u.id AS user_id
           FROM report_versions rv
           JOIN panel_members pm ON pm.process_id = rv.process_id AND pm.removed_at IS NULL
           JOIN users u ON u.id = pm.user_id AND u.email = 'pat.panel@demo.cybervet.test'
          ORDER BY rv.version DESC LIMIT 1`,
      )
    ).rows;
    const itemKeys = (
      await db.query<{ item_key: string }>(`SELECT DISTINCT item_key FROM item_results`)
    ).rows.map((r) => r.item_key);

    const worker = await startServer('worker', PORT_BASE);
    const api1 = await startServer('api', PORT_BASE + 1);
    out('processes', `worker ${worker}, api ${api1}`);

    // 1. Panel report read against its floor.
    const panelToken = await login(
      api1,
      'pat.panel@demo.cybervet.test',
      password('pat.panel@demo.cybervet.test'),
    );
    const read = {
      url: `${api1}/api/reports/${report.id}`,
      headers: { authorization: `Bearer ${panelToken}` },
    };
    await load({ ...read, duration: 3 }); // warm-up
    const reads = await load(read);
    const bare = await floor({
      userId: report.user_id,
      reportId: report.id,
      vettingId: report.vetting_id,
      processId: report.process_id,
    });
    out(
      `panel report read, 1 api process, ${CONNECTIONS} connections`,
      `${fmt(reads.rps)} req/s (p99 ${reads.p99} ms, ${reads.errors} errors)`,
    );
    out(
      `floor: its SQL by bare node-postgres, ${CONNECTIONS} clients`,
      `${fmt(bare.tps)} transactions/s`,
    );

    // 2. Audited writes: a search logged on one of 32 fresh vettings assigned to Sam (so requests
    //    do not all queue on one vetting's row lock), with one and then two api processes.
    const adminToken = await login(
      api1,
      'admin@demo.cybervet.test',
      password('admin@demo.cybervet.test'),
    );
    const samToken = await login(
      api1,
      'sam.searcher@demo.cybervet.test',
      password('sam.searcher@demo.cybervet.test'),
    );
    const [{ id: samId }] = (
      await db.query<{ id: string }>(
        `SELECT id FROM users WHERE email = 'sam.searcher@demo.cybervet.test'`,
      )
    ).rows;
    const vettings: string[] = [];
    for (let i = 0; i < WRITE_VETTINGS; i++) {
      const v = await call(
        api1,
        adminToken,
        'POST',
        `/api/processes/${report.process_id}/candidates`,
        {
          fullName: `Bench Candidate ${i}`,
          dateOfBirth: '1994-03-02',
          city: 'Port Washington',
          state: 'WI',
          consentRecordedAt: new Date(Date.now() - 864e5).toISOString(),
        },
      );
      await call(api1, adminToken, 'POST', `/api/vettings/${String(v.id)}/assignment`, {
        searcherId: samId,
      });
      vettings.push(String(v.id));
    }
    let n = 0;
    const nextPath = () => {
      const i = n++;
      return `/api/vettings/${vettings[i % vettings.length]}/items/${itemKeys[Math.floor(i / vettings.length) % itemKeys.length]}`;
    };
    const write = (base: string, connections: number) =>
      load({
        url: base,
        method: 'PUT',
        connections,
        headers: { authorization: `Bearer ${samToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          outcome: 'NO_FINDINGS',
          searchedAt: new Date(Date.now() - 60e3).toISOString(),
          method: 'PUBLIC_SEARCH_ENGINE',
          searchTerms: ['"Bench Candidate" Port Washington'],
        }),
        nextPath,
      });
    await write(api1, CONNECTIONS).then(() => undefined); // warm-up, also starts every vetting
    const one = await write(api1, CONNECTIONS);
    out(
      `audited write (log a search), 1 api process, ${CONNECTIONS} connections`,
      `${fmt(one.rps)} req/s (p99 ${one.p99} ms, ${one.errors} errors)`,
    );
    const api2 = await startServer('api', PORT_BASE + 2);
    const [a, b] = await Promise.all([write(api1, CONNECTIONS / 2), write(api2, CONNECTIONS / 2)]);
    out(
      `audited write, 2 api processes, ${CONNECTIONS / 2} connections each`,
      `${fmt(a.rps + b.rps)} req/s (${fmt(a.rps)} + ${fmt(b.rps)}; p99 ${Math.max(a.p99, b.p99)} ms, ${a.errors + b.errors} errors)`,
    );

    // 3. Sequencing lag over everything the run audited, once the worker has caught up.
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_intake');
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const [lag] = (
      await db.query<{ p50: number; p99: number; max: number; n: number }>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
                percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max, count(*)::int AS n
           FROM (SELECT extract(epoch FROM sequenced_at - occurred_at) * 1000 AS ms
                   FROM audit_events WHERE intake_id IS NOT NULL AND occurred_at > now() - interval '1 hour') l`,
      )
    ).rows;
    out(
      'sequencing lag (event to chained), all events of the run',
      `p50 ${fmt(lag.p50)} ms, p99 ${fmt(lag.p99)} ms, max ${fmt(lag.max)} ms over ${fmt(lag.n)} events`,
    );

    process.stdout.write('\n');
    out('RESULT panel report read', `${fmt(reads.rps)} req/s`);
    out('RESULT floor (bare node-postgres, same SQL)', `${fmt(bare.tps)} transactions/s`);
    out('RESULT ratio read/floor (target at least 0.60)', (reads.rps / bare.tps).toFixed(2));
    out('RESULT audited write, 1 api process', `${fmt(one.rps)} req/s`);
    out('RESULT audited write, 2 api processes', `${fmt(a.rps + b.rps)} req/s`);
    out('RESULT sequencing lag p99 (target at most 2,000 ms)', `${fmt(lag.p99)} ms`);
    out('total run time', `${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.end();
    await cleanUp();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    cleanUp()
      .catch(() => undefined)
      .finally(() => process.exit(130));
  });
}

main().catch(async (error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  await cleanUp().catch(() => undefined);
  process.exitCode = 1;
});
