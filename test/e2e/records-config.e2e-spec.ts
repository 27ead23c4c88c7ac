import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Starts the real entry point (src/main.ts) and collects its exit code and stderr. */
function startApp(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', 'src/main.ts'],
      {
        cwd: join(__dirname, '..', '..'),
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          // Never created: configuration is validated before anything connects.
          DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/cybervet_retention_floor_never_created',
          REDIS_URL: 'redis://127.0.0.1:6379',
          PORT: '0',
          ...env,
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the app did not exit within 20 s; stderr: ${stderr}`));
    }, 20_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: Date.now() - started });
    });
  });
}

describe('retention below the federal floor', () => {
  it.each(['RETENTION_RAW_YEARS', 'RETENTION_REPORT_YEARS', 'RETENTION_AUDIT_YEARS'])(
    'with %s=1 the app refuses to start, naming the variable and the floor',
    async (name) => {
      const { code, stderr, ms } = await startApp({ [name]: '1' });
      expect(code).not.toBe(0);
      expect(code).not.toBeNull();
      expect(stderr).toContain(
        `${name}: ${name} must be at least 2 years (federal EEOC floor for hiring records)`,
      );
      expect(ms).toBeLessThan(20_000);
    },
    25_000,
  );
});

describe('the export signing key in production', () => {
  // A valid port: the configuration must fail on the key alone (it fails before anything binds).
  const production = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(48), PORT: '3999' };
  const dir = mkdtempSync(join(tmpdir(), 'cybervet-signing-config-'));

  it('without EXPORT_SIGNING_KEY the app refuses to start, naming the variable', async () => {
    const { code, stderr } = await startApp(production);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull();
    expect(stderr).toContain(
      'EXPORT_SIGNING_KEY: production needs the path of the Ed25519 signing key (PEM)',
    );
  }, 25_000);

  it('with a missing file or a key that is not Ed25519 it refuses to start, and generates nothing', async () => {
    const missing = join(dir, 'missing.pem');
    const gone = await startApp({ ...production, EXPORT_SIGNING_KEY: missing });
    expect(gone.code).not.toBe(0);
    expect(gone.stderr).toContain(`EXPORT_SIGNING_KEY: no key file at ${missing}`);
    expect(existsSync(missing)).toBe(false);

    const rsa = join(dir, 'rsa.pem');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(rsa, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const wrong = await startApp({ ...production, EXPORT_SIGNING_KEY: rsa });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain(`EXPORT_SIGNING_KEY: ${rsa} holds an rsa key, not Ed25519`);
  }, 45_000);
});
