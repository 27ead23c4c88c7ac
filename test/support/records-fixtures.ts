import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { canonicalJson } from '../../src/audit/hash-chain';
import { Role } from '../../src/auth/role.enum';
import { wellFormedPng } from './evidence-fixtures';
import { buildWorld, searchEverything, World } from './fixtures';
import { TestApp, TestUser } from './test-app';

/** Fixtures shared by the records tests: vetted candidates, aged closings, inserted reports. */
/** A well-formed PNG carrying the tag (uploads are checked to the IEND chunk). */
export const png = (tag: string) => wellFormedPng(tag);
export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export interface Vetted {
  w: World;
  vettingId: string;
  candidateId: string;
  findingId: string;
  excerpt: string;
  sourceUrl: string;
  evidence: { id: string; sha256: string; storageKey: string } | null;
}

/** A finding (and an evidence file, unless told not to) on the given vetting of the world. */
export async function vetted(
  t: TestApp,
  w: World,
  index = 0,
  opts: { evidence?: boolean; finding?: Record<string, unknown> } = {},
): Promise<Vetted> {
  const vettingId = w.vettingIds[index];
  if (index > 0) {
    await t
      .http()
      .post(`/api/vettings/${vettingId}/assignment`)
      .set(w.admin.auth)
      .send({ searcherId: w.searcher.id })
      .expect(200);
  }
  const tag = `${w.processId.slice(0, 8)}-${index}`;
  const excerpt = `Raw excerpt ${tag}: if my neighbor parks there again I will put a bullet in his truck.`;
  const sourceUrl = `https://www.facebook.com/someone/posts/${tag}`;
  const findingId = await searchEverything(t, w, vettingId, w.searcher, {
    excerpt,
    sourceUrl,
    ...opts.finding,
  });
  const [{ candidate_id: candidateId }] = await t.db.query(
    `SELECT candidate_id FROM vettings WHERE id = $1`,
    [vettingId],
  );
  let evidence: Vetted['evidence'] = null;
  if (opts.evidence !== false) {
    const res = await t
      .http()
      .post(`/api/findings/${findingId}/evidence`)
      .set(w.searcher.auth)
      .attach('file', png(tag), 'capture.png');
    if (res.status !== 201) throw new Error(`evidence: ${res.status} ${JSON.stringify(res.body)}`);
    const [row] = await t.db.query(`SELECT storage_key FROM evidence_files WHERE id = $1`, [
      res.body.id,
    ]);
    evidence = { id: res.body.id, sha256: res.body.sha256, storageKey: row.storage_key };
  }
  return { w, vettingId, candidateId, findingId, excerpt, sourceUrl, evidence };
}

export async function world(
  t: TestApp,
  candidates = 1,
  title = 'Patrol Officer 2019',
): Promise<World> {
  return buildWorld(t, { candidates, process: { title } });
}

/** Closes the process through the API, then moves its closing back by `years`. */
export async function closeAged(t: TestApp, w: World, years: number): Promise<void> {
  const res = await t
    .http()
    .post(`/api/processes/${w.processId}/close`)
    .set(w.admin.auth)
    .send({ reason: 'Hiring complete' });
  if (res.status !== 200) throw new Error(`close: ${res.status} ${JSON.stringify(res.body)}`);
  if (years > 0)
    await t.db.query(
      `UPDATE hiring_processes SET closed_at = now() - make_interval(years => $2) WHERE id = $1`,
      [w.processId, years],
    );
}

/** A released report version inserted directly (release request row first, as the schema requires). */
export async function insertReport(
  t: TestApp,
  v: { vettingId: string; processId: string; candidateId: string; releasedBy: string },
  content: Record<string, unknown>,
  version = 1,
): Promise<{ id: string; sha256: string }> {
  const [release] = await t.db.query(
    `INSERT INTO report_releases (vetting_id, requested_by, status) VALUES ($1, $2, 'DONE') RETURNING id`,
    [v.vettingId, v.releasedBy],
  );
  const digest = sha256(canonicalJson(content));
  const [row] = await t.db.query(
    `INSERT INTO report_versions (vetting_id, process_id, candidate_id, version, release_id, content, sha256, reported_finding_ids, withheld_finding_ids, released_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '{}', '{}', $8) RETURNING id`,
    [
      v.vettingId,
      v.processId,
      v.candidateId,
      version,
      release.id,
      JSON.stringify(content),
      digest,
      v.releasedBy,
    ],
  );
  await t.db.query(`UPDATE report_releases SET report_version_id = $2 WHERE id = $1`, [
    release.id,
    row.id,
  ]);
  return { id: row.id, sha256: digest };
}

export function reportContent(
  name: string,
  title: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    reportVersion: 1,
    releasedAt: new Date().toISOString(),
    candidate: { name },
    process: { title },
    checklist: { items: 3, searched: 3 },
    findings: [
      {
        category: 'THREATS_VIOLENCE',
        summary: `${name} posted a threat to shoot a neighbour's vehicle.`,
        excerpt: 'If my neighbor parks there again I will put a [REDACTED] in his truck.',
        platform: 'Facebook',
        capturedOn: '2026-01-10',
        validation: { status: 'VERIFIED', identityMatches: 3 },
        mitigation: null,
        candidateResponse: `${name.split(' ')[0]} says it was a joke.`,
      },
    ],
    ...extra,
  };
}

export async function custodian(t: TestApp): Promise<TestUser> {
  return t.user([Role.RECORDS_CUSTODIAN], 'Rita Records');
}

export const evidencePath = (key: string) => join(process.env.EVIDENCE_DIR!, key);
