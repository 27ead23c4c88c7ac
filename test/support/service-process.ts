import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { PAUSED_MARK } from '../../src/common/test-pause';
import { TestApp } from './test-app';
import { dbUrl, REDIS_URL } from './test-env';

const ROOT = join(__dirname, '..', '..');

/** One cybervet process of a test deployment, started from the sources as `npm start` would run it. */
export interface ServiceProcess {
  role: 'api' | 'worker' | 'all';
  url: string;
  child: ChildProcess;
  /** Everything the process wrote on stdout and stderr so far. */
  output(): string;
  /** Resolves once the process has written `text` (or rejects after `ms`). */
  waitForOutput(text: string, ms?: number): Promise<void>;
  /** Resolves once a job stopped at the TEST_PAUSE_AT point. */
  paused(ms?: number): Promise<void>;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * The settings every process of one test deployment shares: the fixture app's database, Redis
 * prefix, token secret and storage directories (as the compose file shares them).
 */
export function deploymentEnv(t: TestApp): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: dbUrl(t.dbName),
    REDIS_URL,
    QUEUE_PREFIX: t.dbName,
    JWT_SECRET: process.env.JWT_SECRET!,
    EVIDENCE_DIR: process.env.EVIDENCE_DIR!,
    EXPORT_DIR: process.env.EXPORT_DIR!,
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
    QUEUE_ADD_TIMEOUT_MS: '500',
    RELEASE_RETRY_DELAY_MS: '200',
    // A killed worker's job is taken up again within a few seconds, not BullMQ's 30 s.
    QUEUE_LOCK_MS: '1500',
    QUEUE_STALLED_INTERVAL_MS: '500',
    TRUST_PROXY: 'loopback',
    WEB_DIST_DIR: '/nonexistent-cybervet-dist',
    // As the in-process test app (startTestApp): users sign in by password alone, the sequencer
    // chains quickly, checkpoints go to the test's scratch folder.
    MFA_REQUIRED_ROLES: process.env.MFA_REQUIRED_ROLES!,
    AUDIT_SEQUENCE_INTERVAL_MS: process.env.AUDIT_SEQUENCE_INTERVAL_MS!,
    AUDIT_ANCHOR_DIR: process.env.AUDIT_ANCHOR_DIR!,
  };
}

/**
 * Starts `node -r ts-node/register/transpile-only src/main.ts` (the real entry point, compiled
 * on the fly: no build step needed, about as fast to start as the built dist/) and resolves once
 * it answers /health/live.
 */
export async function startService(
  role: ServiceProcess['role'],
  env: Record<string, string>,
  ms = 240_000,
): Promise<ServiceProcess> {
  for (let attempt = 1; ; attempt++) {
    // Below the kernel's ephemeral range (32768 and up), where the suite's own outgoing
    // connections take their local ports; another test file may still have picked the same
    // port, so a start that finds it taken tries another.
    const port = 20000 + Math.floor(Math.random() * 12000);
    try {
      return await startOnce(role, env, ms, port);
    } catch (error) {
      if (attempt >= 5 || !/EADDRINUSE/.test(String(error))) throw error;
    }
  }
}

async function startOnce(
  role: ServiceProcess['role'],
  env: Record<string, string>,
  ms: number,
  port: number,
): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...env,
      APP_ROLE: role,
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const state: { exited: number | string | null } = { exited: null };
  const waiters = new Set<() => void>();
  const collect = (d: Buffer) => {
    out += d.toString();
    for (const w of waiters) w();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const gone = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      state.exited = code ?? signal;
      for (const w of waiters) w();
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;

  const waitForOutput = (text: string, wait = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (out.includes(text)) done(resolve);
        else if (state.exited !== null)
          done(() =>
            reject(new Error(`${role} exited (${state.exited}) before "${text}":\n${out}`)),
          );
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`${role}: no "${text}" within ${wait} ms:\n${out}`))),
        wait,
      );
      const done = (fn: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        fn();
      };
      waiters.add(check);
      check();
    });

  const proc: ServiceProcess = {
    role,
    url,
    child,
    output: () => out,
    waitForOutput,
    paused: (wait) => waitForOutput(PAUSED_MARK, wait),
    async kill(signal) {
      if (state.exited === null) child.kill(signal);
      await gone;
    },
  };

  const until = Date.now() + ms;
  for (;;) {
    if (state.exited !== null)
      throw new Error(`${role} process exited (${state.exited}) at start:\n${out}`);
    const ok = await request(url)
      .get('/health/live')
      .timeout(1000)
      .then(
        (r) => r.status === 200,
        () => false,
      );
    if (ok) return proc;
    if (Date.now() > until) {
      await proc.kill('SIGKILL');
      throw new Error(`${role} process did not answer /health/live within ${ms} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** An HTTP client that takes the given processes in turn, one request each. */
export function alternating(services: ServiceProcess[]): () => TestAgent {
  let next = 0;
  return () => request(services[next++ % services.length].url);
}
