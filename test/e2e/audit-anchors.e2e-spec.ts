import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AuditAnchorService, CheckpointFile } from '../../src/audit/audit-anchor.service';
import { AuditVerificationService } from '../../src/audit/audit-verification.service';
import { AuditService } from '../../src/audit/audit.service';
import { chainHash, GENESIS_HASH } from '../../src/audit/hash-chain';
import { Role } from '../../src/auth/role.enum';
import { auditSettled } from '../support/audit';
import { startTestApp, TestApp, TestUser } from '../support/test-app';
import { waitFor } from '../support/wait';

const run = promisify(execFile);

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

describe('signed checkpoints of the audit chain, kept outside the database', () => {
  let t: TestApp;
  let auditor: TestUser;
  let anchors: AuditAnchorService;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await t.user([Role.AUDITOR]);
    anchors = t.get(AuditAnchorService);
    dir = anchors.dir;
    for (let i = 0; i < 5; i++)
      await t
        .get(AuditService)
        .record({ action: 'test.anchor', subjectType: 'test', details: { i } });
    await auditSettled(t);
  });
  afterAll(() => t.close());

  const files = () => {
    try {
      return readdirSync(dir).sort();
    } catch {
      return [];
    }
  };

  async function cli(args: string[]): Promise<CliResult> {
    try {
      const { stdout, stderr } = await run(
        'node',
        ['-r', 'ts-node/register/transpile-only', 'src/cli/main.ts', ...args],
        { env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: 120_000 },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code?: number; stdout?: string; stderr?: string };
      return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
    }
  }

  it('writes a signed checkpoint after a verification, and lists it for auditors', async () => {
    const before = files().length;
    const verify = await t.http().get('/api/audit/verify').set(auditor.auth).expect(200);
    expect(verify.body.intact).toBe(true);
    await waitFor(() => Promise.resolve(files().length > before), 30_000, 'a checkpoint file');

    const name = files()[files().length - 1];
    const content = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CheckpointFile;
    expect(content).toMatchObject({
      format: 'cybervet-audit-checkpoint/1',
      checkpoint: {
        seq: verify.body.headSeq,
        hash: verify.body.headHash,
        count: verify.body.count,
      },
      algorithm: 'Ed25519',
    });
    // Read-only on disk: the files are made once and never rewritten.
    expect(statSync(join(dir, name)).mode & 0o222).toBe(0);

    const published = await t.http().get('/api/exports/signing-key').set(auditor.auth).expect(200);
    const listed = await t.http().get('/api/audit/anchors').set(auditor.auth).expect(200);
    expect(listed.body[0]).toEqual({
      file: name,
      seq: verify.body.headSeq,
      hash: verify.body.headHash,
      count: verify.body.count,
      at: content.checkpoint.at,
      keyFingerprint: published.body.fingerprint,
      signature: content.signature,
      signatureValid: true,
    });
  });

  it('writes one on the hourly schedule too (the anchor job), of the current head', async () => {
    const written = await anchors.write();
    const [head] = await t.db.query(
      `SELECT seq::int, hash FROM audit_events ORDER BY seq DESC LIMIT 1`,
    );
    expect(written?.checkpoint).toMatchObject({ seq: head.seq, hash: head.hash, count: head.seq });
    expect(files()).toContain(written?.file);
  });

  it('the CLI finds every checkpoint in the chain, then reports a chain re-hashed from scratch', async () => {
    const ok = await cli(['audit:verify', '--anchors', dir]);
    expect({ code: ok.code, stderr: ok.stderr }).toEqual({
      code: 0,
      stderr: expect.stringMatching(/all \d+ checkpoints agree with the chain/),
    });

    // A superuser rewrites event 2 and re-hashes the whole chain from the genesis hash, with the
    // triggers disabled: the chain alone is consistent again.
    await auditSettled(t);
    await t.db.transaction(async (m) => {
      await m.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
      await m.query(`UPDATE audit_events SET action = 'forged' WHERE seq = 2`);
      const rows = await m.query(`SELECT * FROM audit_events ORDER BY seq`);
      let prev = GENESIS_HASH;
      const seqs: number[] = [];
      const prevs: string[] = [];
      const hashes: string[] = [];
      for (const r of rows) {
        const hash = chainHash(prev, {
          seq: Number(r.seq),
          occurredAt: r.occurred_at,
          actorId: r.actor_id,
          actorRoles: r.actor_roles,
          action: r.action,
          subjectType: r.subject_type,
          subjectId: r.subject_id,
          outcome: r.outcome,
          details: r.details,
          requestId: r.request_id,
          clientIp: r.client_ip,
        });
        seqs.push(Number(r.seq));
        prevs.push(prev);
        hashes.push(hash);
        prev = hash;
      }
      await m.query(
        'ALTER TABLE audit_events DROP CONSTRAINT audit_events_prev_hash_key, DROP CONSTRAINT audit_events_hash_key',
      );
      await m.query(
        `UPDATE audit_events e SET prev_hash = s.prev_hash, hash = s.hash
           FROM unnest($1::bigint[], $2::text[], $3::text[]) AS s(seq, prev_hash, hash)
          WHERE e.seq = s.seq`,
        [seqs, prevs, hashes],
      );
      await m.query(
        'ALTER TABLE audit_events ADD CONSTRAINT audit_events_prev_hash_key UNIQUE (prev_hash), ADD CONSTRAINT audit_events_hash_key UNIQUE (hash)',
      );
      await m.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
    });
    const chainOnly = await t.get(AuditVerificationService).verify();
    expect(chainOnly.intact).toBe(true);

    const caught = await cli(['audit:verify', '--anchors', dir]);
    expect(caught.code).toBe(2);
    const out = JSON.parse(caught.stdout) as {
      intact: boolean;
      anchors: { checked: number; problems: { file: string; seq: number; problem: string }[] };
    };
    expect(out.intact).toBe(true);
    expect(out.anchors.checked).toBe(files().length);
    expect(out.anchors.problems).toHaveLength(files().length);
    expect(out.anchors.problems[0].problem).toMatch(/the chain was rewritten/);
    expect(caught.stderr).toMatch(/checkpoints disagree with the chain/);
  });

  it('the CLI refuses a checkpoint that is not signed by the key it is given, or not a checkpoint', async () => {
    writeFileSync(join(dir, 'zz-not-a-checkpoint.json'), '{"hello": 1}');
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' });
    const keyFile = join(dir, '..', 'other-key.pem');
    writeFileSync(keyFile, other);
    const res = await cli(['audit:verify', '--anchors', dir, '--public-key', keyFile]);
    expect(res.code).toBe(2);
    const out = JSON.parse(res.stdout) as {
      anchors: { problems: { file: string; problem: string }[] };
    };
    expect(out.anchors.problems.map((p) => p.problem)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/the signature does not match/),
        'not a cybervet audit checkpoint',
      ]),
    );
  });
});
