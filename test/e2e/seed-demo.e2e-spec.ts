import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createTestDatabase } from '../support/test-app';
import { dbUrl, REDIS_URL } from '../support/test-env';

const run = promisify(execFile);

describe('npm run seed:demo', () => {
  it('creates a department a newcomer can sign in to, once', async () => {
    const db = await createTestDatabase();
    const env = {
      ...process.env,
      DATABASE_URL: dbUrl(db),
      REDIS_URL,
      QUEUE_PREFIX: db,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
    };
    const first = await run(
      'node',
      ['-r', 'ts-node/register/transpile-only', 'src/cli/seed-demo.ts'],
      { env, timeout: 90_000 },
    );
    for (const role of ['ADMIN', 'SEARCHER', 'PANEL', 'AUDITOR', 'RECORDS_CUSTODIAN'])
      expect(first.stdout).toMatch(
        new RegExp(`${role}\\s+\\S+@demo\\.cybervet\\.test\\s+demo-[0-9a-f]{12}`),
      );
    expect(first.stdout).toMatch(/Casey Nguyen\s+released to the panel/);

    const client = new Client({ connectionString: dbUrl(db) });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT v.status, count(ir.*)::int AS items FROM vettings v LEFT JOIN item_results ir ON ir.vetting_id = v.id GROUP BY v.id ORDER BY items`,
      );
      expect(rows).toEqual([
        { status: 'ASSIGNED', items: 0 },
        { status: 'IN_PROGRESS', items: 3 },
        { status: 'RELEASED', items: 8 },
      ]);
      const [report] = (await client.query(`SELECT content FROM report_versions`)).rows;
      expect(JSON.stringify(report.content)).not.toMatch(/I'm 24|x\.com/);
      expect(
        (
          await client.query(
            `SELECT count(*)::int AS n FROM audit_events WHERE actor_id IS NOT NULL`,
          )
        ).rows[0].n,
      ).toBeGreaterThan(20);
    } finally {
      await client.end();
    }
    const second = await run(
      'node',
      ['-r', 'ts-node/register/transpile-only', 'src/cli/seed-demo.ts'],
      { env, timeout: 90_000 },
    );
    expect(second.stdout).toMatch(/already exists/);
  });
});
