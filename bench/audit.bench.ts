/**
 * Audit log benchmark, each figure beside a baseline measured in the same run:
 * - appends with 20 concurrent writers (each its own transaction, through AuditService, with the
 *   sequencer chaining them meanwhile, timed until the last one is chained) beside plain INSERTs
 *   of the same rows into a table with no chain, also 20 writers, one transaction each;
 * - the sequencing lag (commit to chained) p50/p99 of those appends;
 * - verification over 200,000 events beside a bare baseline (streaming SELECT + SHA-256 per row).
 *
 *   npm run bench:audit
 *
 * Works on a throwaway database (cvbench_<random>) built by the real migrations, dropped at
 * the end even on error. BENCH_EVENTS overrides the 200,000, BENCH_SERVICE_BUDGET_S the 240 s
 * budget for filling through AuditService alone, PG_URL the server.
 */
import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AuditOutcome } from '../src/audit/audit-event.entity';
import { AuditSequencer, SEQUENCE_BATCH } from '../src/audit/audit-sequencer.service';
import { AuditVerificationService } from '../src/audit/audit-verification.service';
import { AuditInput, AuditService } from '../src/audit/audit.service';
import { chainHash, ChainedEventBody } from '../src/audit/hash-chain';
import { CliModule } from '../src/cli/cli.module';
import { requestContext } from '../src/common/request-context';
import { dataSourceOptions } from '../src/database/data-source-options';

const PG_SERVER = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432';
const TOTAL = Number(process.env.BENCH_EVENTS ?? 200_000);
const WRITERS = 20;
const WARMUP = 1_000;
const TIMED = 10_000;
/** Interleaved rounds of plain INSERTs and appends; the ratio reported is their median. */
const ROUNDS = 8;
/** Seconds of filling through AuditService (warm-up and timed part included) before the bulk path takes over. */
const SERVICE_BUDGET_S = Number(process.env.BENCH_SERVICE_BUDGET_S ?? 240);
const BULK_BATCH = 1_000;
const READ_BATCH = 5_000; // the same keyset batch size AuditVerificationService uses
/** The sequencer's default AUDIT_SEQUENCE_INTERVAL_MS. */
const SEQUENCE_INTERVAL_MS = Number(process.env.AUDIT_SEQUENCE_INTERVAL_MS ?? 200);

const out = (label: string, value: string) =>
  process.stdout.write(`${label.padEnd(78, '.')} ${value}\n`);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// ---- realistic event content -------------------------------------------------------------
const ACTORS = Array.from({ length: 50 }, () => randomUUID());
const ROLE_SETS = [['SEARCHER'], ['PANEL'], ['ADMIN'], ['AUDITOR'], ['SEARCHER', 'AUDITOR']];
const ACTIONS: [string, string][] = [
  ['finding.create', 'finding'],
  ['finding.validate', 'finding'],
  ['search.log', 'search'],
  ['evidence.attach', 'evidence'],
  ['report.view', 'report'],
  ['checklist.item.complete', 'vetting'],
  ['authorization.denied', 'route'],
  ['auth.login', 'user'],
];
const OUTCOMES: AuditOutcome[] = ['ALLOWED', 'ALLOWED', 'ALLOWED', 'ALLOWED', 'DENIED', 'FAILED'];

function eventInput(i: number): AuditInput {
  const [action, subjectType] = ACTIONS[i % ACTIONS.length];
  return {
    action,
    subjectType,
    subjectId: randomUUID(),
    outcome: OUTCOMES[i % OUTCOMES.length],
    actorId: ACTORS[i % ACTORS.length],
    actorRoles: ROLE_SETS[i % ROLE_SETS.length],
    details: {
      n: i,
      category: 'PUBLIC_SOCIAL_MEDIA',
      method: 'manual-review',
      flags: { protectedClassFiltered: i % 2 === 0 },
      tags: ['a', 'b'],
    },
  };
}
const requestOf = (i: number) => ({
  requestId: randomUUID(),
  clientIp: `10.0.${(i >> 8) & 255}.${i & 255}`,
});

// ---- database lifecycle ------------------------------------------------------------------
async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: `${PG_SERVER}/postgres` });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

let dbName: string | undefined;
let dropped = false;
async function dropDatabase(): Promise<void> {
  if (!dbName || dropped) return;
  dropped = true;
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
  out('database dropped', dbName);
}

// ---- phases ------------------------------------------------------------------------------
/**
 * Up to `count` events through AuditService.record with WRITERS concurrent writers, stopping
 * early (each writer finishes its current append) once `deadline` (performance.now()) passes.
 */
async function appendThroughService(
  audit: AuditService,
  from: number,
  count: number,
  deadline = Infinity,
): Promise<{ appended: number; ms: number }> {
  let next = from;
  const end = from + count;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < end && performance.now() < deadline) {
        const i = next++;
        await requestContext.run(requestOf(i), () => audit.record(eventInput(i)));
      }
    }),
  );
  return { appended: next - from, ms: performance.now() - started };
}

/** The worker's sequencer loop, as AuditSequencerLoop runs it, until stop() is called. */
function runSequencer(sequencer: AuditSequencer): { stop: () => Promise<void> } {
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const moved = await sequencer.sequenceBatch(false);
      if (moved !== SEQUENCE_BATCH) await new Promise((r) => setTimeout(r, SEQUENCE_INTERVAL_MS));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

/**
 * Appends through AuditService while the sequencer runs beside them (in this process, on the
 * same database). `ms` is the writers' time: what a request pays. `chainedMs` runs until the
 * last event is chained.
 */
async function appendAndChain(
  audit: AuditService,
  sequencer: AuditSequencer,
  from: number,
  count: number,
): Promise<{ appended: number; ms: number; chainedMs: number }> {
  const seq = runSequencer(sequencer);
  const started = performance.now();
  const { appended } = await appendThroughService(audit, from, count);
  const ms = performance.now() - started;
  await seq.stop();
  await sequencer.settle();
  return { appended, ms, chainedMs: performance.now() - started };
}

/** The baseline: the same rows, plain INSERTs into a table with no chain, one transaction each. */
async function plainInserts(ds: DataSource, from: number, count: number): Promise<number> {
  let next = from;
  const end = from + count;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (next < end) {
        const i = next++;
        const input = eventInput(i);
        const req = requestOf(i);
        await ds.transaction((m) =>
          m.query(
            `INSERT INTO bench_plain
               (occurred_at, actor_id, actor_roles, action, subject_type, subject_id, outcome, details, request_id, client_ip)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [
              new Date(),
              input.actorId,
              input.actorRoles,
              input.action,
              input.subjectType,
              input.subjectId,
              input.outcome,
              JSON.stringify(input.details),
              req.requestId,
              req.clientIp,
            ],
          ),
        );
      }
    }),
  );
  return performance.now() - started;
}

/** The fast path: hashes computed in Node with the real chainHash, multi-row INSERTs. */
async function appendBulk(ds: DataSource, count: number): Promise<number> {
  const started = performance.now();
  const [head] = await ds.query<{ seq: string; hash: string }[]>(
    'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
  );
  let seq = Number(head.seq);
  let prevHash = head.hash;
  for (let done = 0; done < count;) {
    const n = Math.min(BULK_BATCH, count - done);
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (let k = 0; k < n; k++) {
      seq += 1;
      const input = eventInput(seq);
      const req = requestOf(seq);
      const body: ChainedEventBody = {
        seq,
        occurredAt: new Date(),
        actorId: input.actorId ?? null,
        actorRoles: input.actorRoles ?? [],
        action: input.action,
        subjectType: input.subjectType,
        subjectId: input.subjectId ?? null,
        outcome: input.outcome ?? 'ALLOWED',
        details: input.details ?? {},
        requestId: req.requestId,
        clientIp: req.clientIp,
      };
      const hash = chainHash(prevHash, body);
      const base = params.length;
      params.push(
        body.seq,
        body.occurredAt,
        body.actorId,
        body.actorRoles,
        body.action,
        body.subjectType,
        body.subjectId,
        body.outcome,
        JSON.stringify(body.details),
        body.requestId,
        body.clientIp,
        prevHash,
        hash,
      );
      tuples.push(`(${Array.from({ length: 13 }, (_, j) => `$${base + j + 1}`).join(',')})`);
      prevHash = hash;
    }
    await ds.query(
      `INSERT INTO audit_events (seq, occurred_at, actor_id, actor_roles, action, subject_type, subject_id, outcome,
                                 details, request_id, client_ip, prev_hash, hash)
       VALUES ${tuples.join(',')}`,
      params,
    );
    done += n;
  }
  return performance.now() - started;
}

/** Bare streaming read: every column, keyset batches, SHA-256 over each row's JSON. */
async function baseline(ds: DataSource): Promise<{ rows: number; ms: number; digest: string }> {
  const started = performance.now();
  let rows = 0;
  let after = 0;
  let last = '';
  for (;;) {
    const batch: { seq: string }[] = await ds.query(
      `SELECT * FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT ${READ_BATCH}`,
      [after],
    );
    for (const row of batch) last = createHash('sha256').update(JSON.stringify(row)).digest('hex');
    rows += batch.length;
    if (batch.length < READ_BATCH) break;
    after = Number(batch[batch.length - 1].seq);
  }
  return { rows, ms: performance.now() - started, digest: last };
}

async function main(): Promise<void> {
  const runStarted = performance.now();
  dbName = `cvbench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const url = `${PG_SERVER}/${dbName}`;
  out('benchmark', `audit log, ${fmt(TOTAL)} events, ${WRITERS} concurrent writers`);
  await admin((c) => c.query(`CREATE DATABASE "${dbName}"`));
  out('database created', dbName);

  let ctx: INestApplicationContext | undefined;
  try {
    const migrator = new DataSource(dataSourceOptions(url));
    await migrator.initialize();
    try {
      const ran = await migrator.runMigrations();
      out('migrations run', ran.map((m) => m.name).join(', '));
    } finally {
      await migrator.destroy();
    }

    Object.assign(process.env, { DATABASE_URL: url, LOG_LEVEL: 'silent', NODE_ENV: 'development' });
    process.env.JWT_SECRET ??= randomBytes(32).toString('hex');
    ctx = await NestFactory.createApplicationContext(CliModule, { logger: false });
    const audit = ctx.get(AuditService);
    const verifier = ctx.get(AuditVerificationService);
    const ds = ctx.get<DataSource>(getDataSourceToken());

    const sequencer = ctx.get(AuditSequencer);
    // The intake's columns, without its triggers, commit ticket or anything downstream.
    await ds.query(`
      CREATE TABLE bench_plain (
        id bigserial PRIMARY KEY, occurred_at timestamptz NOT NULL, actor_id uuid,
        actor_roles text[] NOT NULL DEFAULT '{}', action text NOT NULL, subject_type text NOT NULL,
        subject_id text, outcome text NOT NULL, details jsonb NOT NULL DEFAULT '{}',
        request_id text, client_ip text)`);

    // 1. Appends through the real AuditService, chained by the sequencer meanwhile, beside plain
    //    INSERTs of the same rows; interleaved, ROUNDS times, so neither gets only a warm cache
    //    and a moment of load on the shared machine sways one round, not the result.
    const fillStarted = performance.now();
    await appendAndChain(audit, sequencer, 1, WARMUP);
    await plainInserts(ds, 1, WARMUP);
    let filled = WARMUP;
    const rates: number[] = [];
    const chainedRates: number[] = [];
    const plainRates: number[] = [];
    const ratios: number[] = [];
    const timedFrom = filled + 1;
    for (let round = 1; round <= ROUNDS; round++) {
      const plainMs = await plainInserts(ds, filled + 1, TIMED);
      plainRates.push(TIMED / (plainMs / 1000));
      const timed = await appendAndChain(audit, sequencer, filled + 1, TIMED);
      filled += timed.appended;
      rates.push(timed.appended / (timed.ms / 1000));
      chainedRates.push(timed.appended / (timed.chainedMs / 1000));
      ratios.push(rates[rates.length - 1] / plainRates[plainRates.length - 1]);
      out(
        `round ${round}: plain INSERT, ${WRITERS} writers`,
        `${fmt(TIMED / (plainMs / 1000))} rows/s (${fmt(TIMED)} rows in ${secs(plainMs)})`,
      );
      out(
        `round ${round}: AuditService.record + sequencer, ${WRITERS} writers`,
        `${fmt(timed.appended / (timed.ms / 1000))} events/s (${fmt(timed.appended)} appended in ${secs(timed.ms)}, all chained after ${secs(timed.chainedMs)}); ratio ${ratios[ratios.length - 1].toFixed(2)}`,
      );
    }
    const rate = Math.max(...rates);
    const plainRate = Math.max(...plainRates);
    const [lag] = await ds.query<{ p50: number; p99: number; max: number }[]>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50,
              percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
         FROM (SELECT extract(epoch FROM sequenced_at - occurred_at) * 1000 AS ms
                 FROM audit_events WHERE seq >= $1) l`,
      [timedFrom],
    );
    out(
      'sequencing lag (event to chained) of the timed appends',
      `p50 ${fmt(lag.p50)} ms, p99 ${fmt(lag.p99)} ms, max ${fmt(lag.max)} ms (interval ${SEQUENCE_INTERVAL_MS} ms)`,
    );

    const more = await appendThroughService(
      audit,
      filled + 1,
      TOTAL - filled,
      fillStarted + SERVICE_BUDGET_S * 1000,
    );
    filled += more.appended;
    await sequencer.settle();
    const serviceSecs = (performance.now() - fillStarted) / 1000;
    if (filled === TOTAL) {
      out(
        'fill path',
        `all ${fmt(TOTAL)} events through AuditService, ${WRITERS} writers, in ${serviceSecs.toFixed(1)} s`,
      );
    } else {
      const rest = TOTAL - filled;
      const ms = await appendBulk(ds, rest);
      out(
        'fill path, AuditService',
        `seq 1..${fmt(filled)} (${WRITERS} writers) in ${serviceSecs.toFixed(1)} s, stopped at the ${SERVICE_BUDGET_S} s budget`,
      );
      out(
        'fill path, bulk INSERT (chainHash in Node)',
        `seq ${fmt(filled + 1)}..${fmt(TOTAL)} (${fmt(rest)} events) in batches of ${fmt(BULK_BATCH)}, in ${secs(ms)}`,
      );
    }
    const [{ count, size }] = await ds.query(
      `SELECT count(*)::int AS count, pg_size_pretty(pg_total_relation_size('audit_events')) AS size FROM audit_events`,
    );
    out('rows in audit_events', `${fmt(count)} (${size} with indexes)`);
    await ds.query('VACUUM ANALYZE audit_events');

    // 2 + 3. Verification and the bare baseline, interleaved twice so neither gets only a warm cache.
    const verifyRuns: number[] = [];
    const baseRuns: number[] = [];
    for (let round = 1; round <= 2; round++) {
      const v0 = performance.now();
      const report = await verifier.verify();
      const vMs = performance.now() - v0;
      if (!report.intact || report.count !== count)
        throw new Error(`verification failed: ${JSON.stringify(report)}`);
      verifyRuns.push(report.count / (vMs / 1000));
      out(
        `verify() round ${round}`,
        `${fmt(report.count / (vMs / 1000))} events/s (${fmt(report.count)} events in ${secs(vMs)}, intact, head ${report.headHash.slice(0, 12)}…)`,
      );

      const b = await baseline(ds);
      if (b.rows !== count) throw new Error(`baseline read ${b.rows} rows, expected ${count}`);
      baseRuns.push(b.rows / (b.ms / 1000));
      out(
        `baseline (bare SELECT + SHA-256 in Node) round ${round}`,
        `${fmt(b.rows / (b.ms / 1000))} rows/s (${fmt(b.rows)} rows in ${secs(b.ms)})`,
      );
    }

    // 4. Summary.
    const v = Math.max(...verifyRuns);
    const base = Math.max(...baseRuns);
    process.stdout.write('\n');
    out(
      `RESULT append rate (${WRITERS} concurrent writers, best of ${ROUNDS})`,
      `${fmt(rate)} events/s`,
    );
    out(
      `RESULT append rate counted until the last is chained (best of ${ROUNDS})`,
      `${fmt(Math.max(...chainedRates))} events/s`,
    );
    out(
      `RESULT plain INSERT of the same rows (${WRITERS} writers, best of ${ROUNDS})`,
      `${fmt(plainRate)} rows/s`,
    );
    out(
      'RESULT ratio appends/plain INSERT, median of the rounds (target at least 0.70)',
      `${median(ratios).toFixed(2)} (rounds ${ratios.map((r) => r.toFixed(2)).join(', ')}; best/best ${(rate / plainRate).toFixed(2)})`,
    );
    out('RESULT sequencing lag p99 (target at most 2,000 ms)', `${fmt(lag.p99)} ms`);
    out('RESULT verify() (best of 2)', `${fmt(v)} events/s`);
    out('RESULT baseline (bare SELECT + SHA-256 in Node) (best of 2)', `${fmt(base)} rows/s`);
    out(
      'RESULT ratio verify/baseline (throughput, target at least 0.90)',
      `${(v / base).toFixed(2)} (verify takes ${(base / v).toFixed(2)}× the baseline's time)`,
    );
    out('total run time', secs(performance.now() - runStarted));
  } finally {
    if (ctx) await ctx.close();
    await dropDatabase();
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    dropDatabase()
      .catch(() => undefined)
      .finally(() => process.exit(130));
  });
}

main().catch(async (error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  await dropDatabase().catch(() => undefined);
  process.exitCode = 1;
});
