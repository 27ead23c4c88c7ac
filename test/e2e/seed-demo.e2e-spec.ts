import { auditSettled } from '../support/audit';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createTestDatabase, startTestApp } from '../support/test-app';
import { dbUrl, REDIS_URL } from '../support/test-env';

const run = promisify(execFile);

describe('npm run seed:demo', () => {
  it('creates a department a newcomer can sign in to, once', async () => {
    const db = await createTestDatabase();
    const evidenceDir = mkdtempSync(join(tmpdir(), 'cybervet-seed-evidence-'));
    const env = {
      EVIDENCE_DIR: evidenceDir,
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
    expect(first.stdout).toMatch(/morgan\.reyes@demo\.cybervet\.test is locked/);
    const passwords = new Map(
      [...first.stdout.matchAll(/(\S+@demo\.cybervet\.test)\s+(demo-[0-9a-f]{12})/g)].map((m) => [
        m[1],
        m[2],
      ]),
    );

    const client = new Client({ connectionString: dbUrl(db) });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT v.status, count(ir.*)::int AS items FROM vettings v
           JOIN hiring_processes p ON p.id = v.process_id
           LEFT JOIN item_results ir ON ir.vetting_id = v.id
          WHERE p.title LIKE 'Patrol Officer%' GROUP BY v.id ORDER BY items`,
      );
      // The open patrol process shows every stage; the closed dispatcher process (records demo)
      // has two candidates part-way through when it was closed.
      expect(rows).toEqual([
        { status: 'ASSIGNED', items: 0 },
        { status: 'IN_PROGRESS', items: 2 },
        { status: 'IN_PROGRESS', items: 4 },
        { status: 'RELEASED', items: 8 },
      ]);
      const dispatcher = await client.query(
        `SELECT p.status, count(v.*)::int AS vettings FROM hiring_processes p
           JOIN vettings v ON v.process_id = p.id WHERE p.title LIKE 'Dispatcher%' GROUP BY p.id`,
      );
      expect(dispatcher.rows).toEqual([{ status: 'CLOSED', vettings: 2 }]);
      const designations = await client.query(
        `SELECT u.email FROM searcher_designations d JOIN users u ON u.id = d.user_id
          WHERE d.revoked_at IS NULL AND d.expires_on BETWEEN current_date AND current_date + 30`,
      );
      expect(designations.rows).toEqual([{ email: 'val.validator@demo.cybervet.test' }]);
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

    // What the people see, through the API the web app uses, on the seeded database.
    const t = await startTestApp({
      DATABASE_URL: dbUrl(db),
      QUEUE_PREFIX: db,
      EVIDENCE_DIR: evidenceDir,
    });
    try {
      const login = (email: string, password = passwords.get(email)!) =>
        t.http().post('/api/auth/login').send({ email, password });
      const bearer = async (email: string) => ({
        Authorization: `Bearer ${(await login(email).expect(200)).body.accessToken}`,
      });
      // Locked by real failed sign-ins: even the right password is refused for now.
      await login('morgan.reyes@demo.cybervet.test').expect(401);

      const sam = await bearer('sam.searcher@demo.cybervet.test');
      const work = (await t.http().get('/api/me/work').set(sam).expect(200)).body;
      expect(work.designationActive).toBe(true);
      expect(
        work.vettings.map((v: { candidateName: string; status: string }) => [
          v.candidateName,
          v.status,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['Alex Rivera', 'ASSIGNED'],
          ['Blair Thompson', 'IN_PROGRESS'],
          ['Casey Nguyen', 'RELEASED'],
        ]),
      );
      expect(work.validations).toEqual([
        expect.objectContaining({ candidateName: 'Drew Okafor', itemKey: 'instagram' }),
      ]);
      // Sam logged Blair's flagged finding: its filter review is for another searcher (Val).
      expect(work.filterReviews).toEqual([]);

      // The finding to validate carries its PNG evidence, and the file downloads whole.
      const finding = (
        await t.http().get(`/api/findings/${work.validations[0].findingId}`).set(sam).expect(200)
      ).body;
      expect(finding.evidence).toEqual([
        expect.objectContaining({
          contentType: 'image/png',
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      ]);
      const file = await t
        .http()
        .get(`/api/evidence/${finding.evidence[0].id}`)
        .set(sam)
        .buffer(true)
        .parse((res, done) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => done(null, Buffer.concat(parts)));
        })
        .expect(200);
      const png = file.body as Buffer;
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.length).toBe(finding.evidence[0].size);
      expect(createHash('sha256').update(png).digest('hex')).toBe(finding.evidence[0].sha256);

      const val = await bearer('val.validator@demo.cybervet.test');
      const valWork = (await t.http().get('/api/me/work').set(val).expect(200)).body;
      expect(valWork.validations).toEqual([
        expect.objectContaining({ candidateName: 'Blair Thompson', itemKey: 'facebook' }),
      ]);
      expect(valWork.filterReviews).toEqual([
        expect.objectContaining({ candidateName: 'Blair Thompson', flags: expect.any(Number) }),
      ]);
      expect(valWork.filterReviews[0].flags).toBeGreaterThan(0);

      // The auditor's pages: a process with deviations, a report with recorded viewers, and a
      // verification in the history.
      const aud = await bearer('auditor@demo.cybervet.test');
      const proc = (await t.http().get('/api/processes/summaries').set(aud).expect(200)).body.find(
        (p: { title: string }) => p.title.startsWith('Patrol Officer'),
      );
      const uniformity = (
        await t.http().get(`/api/processes/${proc.id}/uniformity`).set(aud).expect(200)
      ).body;
      expect(uniformity.deviations.length).toBeGreaterThan(0);
      const casey = uniformity.candidates.find(
        (c: { candidateName: string }) => c.candidateName === 'Casey Nguyen',
      );
      await auditSettled(t);
      const views = (
        await t
          .http()
          .get('/api/audit')
          .query({
            action: 'report.view',
            subjectType: 'report',
            subjectId: casey.release.reportId,
          })
          .set(aud)
          .expect(200)
      ).body.events;
      expect(
        views.map((e: { details: { format?: string } }) => e.details.format ?? 'json'),
      ).toEqual(expect.arrayContaining(['json', 'pdf']));
      const history = (await t.http().get('/api/audit/verifications').set(aud).expect(200)).body;
      expect(history).toEqual([expect.objectContaining({ trigger: 'MANUAL', intact: true })]);
    } finally {
      await t.close();
      rmSync(evidenceDir, { recursive: true, force: true });
    }
    // Two seed runs and an app start: minutes on a busy shared machine.
  }, 240_000);
});
