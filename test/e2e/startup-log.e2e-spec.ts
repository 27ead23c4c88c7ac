import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createTestDatabase } from '../support/test-app';
import { dbUrl, REDIS_URL } from '../support/test-env';

/** Starts the real entry point and collects its output until the start-up line (or 45 s). */
function startUntilListening(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/main.ts'],
      {
        cwd: join(__dirname, '..', '..'),
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no start-up line within 45 s:\n${out}`));
    }, 45_000);
    const collect = (d: Buffer) => {
      out += d.toString();
      if (out.includes('"context":"Startup"')) {
        clearTimeout(timer);
        resolve(out);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!out.includes('"context":"Startup"')) reject(new Error(`exited with ${code}:\n${out}`));
    });
  });
}

describe('the start-up log', () => {
  it('names the URL, the database and the migrations applied, with no route-path warnings', async () => {
    const db = await createTestDatabase();
    const out = await startUntilListening({
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: dbUrl(db),
      REDIS_URL,
      QUEUE_PREFIX: db,
      PORT: String(20000 + Math.floor(Math.random() * 12000)), // below the ephemeral range
      WEB_DIST_DIR: '/nonexistent-cybervet-dist',
    });
    const startup = out.split('\n').find((l) => l.includes('"context":"Startup"'))!;
    const msg = (JSON.parse(startup) as { msg: string }).msg;
    expect(msg).toMatch(/^cybervet listening on http:\/\/localhost:\d+ /);
    expect(msg).toContain(`database ${db} on 127.0.0.1:5432`);
    expect(msg).toMatch(
      /\d+ migrations applied: Foundation1764000000000, .*WebSessions1764450000000/,
    );
    expect(msg).not.toContain('postgres@');
    expect(out).not.toContain('Unsupported route path');
    expect(out).toContain('No web UI build at /nonexistent-cybervet-dist');
  }, 60_000);
});
