import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { access } from 'node:fs/promises';
import { DataSource, QueryRunner } from 'typeorm';
import { AuditSequencer } from '../audit/audit-sequencer.service';
import { EvidenceStore } from '../findings/evidence-store';
import { BundleWriter } from './bundle-writer';
import { SigningKeyService } from '../signing/signing-key.service';
import { writeSignedManifest } from './bundle-manifest';
import { eDiscoveryReadme, publicReleaseReadme } from './export-readme';
import {
  IdentityRecord,
  IdentityRedactor,
  isConfidential,
  mapStrings,
  pseudonymFor,
  removeUrls,
} from './pseudonym';
import { ExportBundle } from './records.entity';
import { CAPTURE_ROW_EXTRA, countCaptureManifests, writeCaptureManifests } from './export-captures';

const BATCH = 1000;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Every query runs with $1 = process id, $2 = candidate id (null for the whole process) and
 * $3 = the keyset position; `sv`/`sf` are the vettings and findings in scope.
 */
const SCOPE = `
  WITH scope AS (SELECT $1::uuid AS pid, $2::uuid AS cid),
  sv AS (SELECT v.id FROM vettings v, scope s WHERE v.process_id = s.pid AND (s.cid IS NULL OR v.candidate_id = s.cid)),
  sf AS (SELECT f.id FROM findings f WHERE f.vetting_id IN (SELECT id FROM sv))`;

interface TableFile {
  path: string;
  /** Selects `k` (the keyset key) and `doc` (the row as JSON text), filtered by `k > $3`. */
  sql: string;
  key: 'uuid' | 'bigint';
}

function table(path: string, from: string, where: string, extra = ''): TableFile {
  const doc = extra ? `(to_jsonb(t) || ${extra})::text` : 'to_jsonb(t)::text';
  return {
    path,
    key: 'uuid',
    sql: `${SCOPE} SELECT t.id AS k, ${doc} AS doc FROM ${from} t, scope s WHERE (${where}) AND t.id > $3::uuid ORDER BY t.id LIMIT ${BATCH}`,
  };
}

/** Every record in scope, one JSON file per table, rows exactly as stored (plus a purged flag). */
const E_DISCOVERY_TABLES: TableFile[] = [
  table('checklist_versions.json', 'checklist_versions', 't.process_id = s.pid'),
  table(
    'checklist_items.json',
    'checklist_items',
    't.version_id IN (SELECT id FROM checklist_versions WHERE process_id = s.pid)',
  ),
  table('panel_members.json', 'panel_members', 't.process_id = s.pid'),
  table('process_searchers.json', 'process_searchers', 't.process_id = s.pid'),
  table(
    'candidates.json',
    'candidates',
    't.process_id = s.pid AND (s.cid IS NULL OR t.id = s.cid)',
  ),
  table('vettings.json', 'vettings', 't.id IN (SELECT id FROM sv)'),
  table('item_results.json', 'item_results', 't.vetting_id IN (SELECT id FROM sv)'),
  table('search_logs.json', 'search_logs', 't.vetting_id IN (SELECT id FROM sv)'),
  table(
    'findings.json',
    'findings',
    't.id IN (SELECT id FROM sf)',
    `jsonb_build_object('purged', t.purged_at IS NOT NULL)`,
  ),
  table('validations.json', 'validations', 't.finding_id IN (SELECT id FROM sf)'),
  table('finding_text_changes.json', 'finding_text_changes', 't.finding_id IN (SELECT id FROM sf)'),
  table(
    'evidence_files.json',
    'evidence_files',
    't.finding_id IN (SELECT id FROM sf)',
    `jsonb_build_object('purged', t.purged_at IS NOT NULL, 'bundlePath', CASE WHEN t.storage_key IS NULL THEN NULL ELSE 'evidence/' || t.id END)`,
  ),
  table('captures.json', 'captures', 't.finding_id IN (SELECT id FROM sf)', CAPTURE_ROW_EXTRA),
  table('screenings.json', 'screenings', 't.finding_id IN (SELECT id FROM sf)'),
  table('screening_flags.json', 'screening_flags', 't.finding_id IN (SELECT id FROM sf)'),
  table('filter_reviews.json', 'filter_reviews', 't.finding_id IN (SELECT id FROM sf)'),
  table(
    'filter_decisions.json',
    'filter_decisions',
    't.review_id IN (SELECT id FROM filter_reviews WHERE finding_id IN (SELECT id FROM sf))',
  ),
  table('candidate_responses.json', 'candidate_responses', 't.finding_id IN (SELECT id FROM sf)'),
  table('report_releases.json', 'report_releases', 't.vetting_id IN (SELECT id FROM sv)'),
  table('report_versions.json', 'report_versions', 't.vetting_id IN (SELECT id FROM sv)'),
  table('purge_tombstones.json', 'purge_tombstones', 't.finding_id IN (SELECT id FROM sf)'),
  table(
    'legal_holds.json',
    'legal_holds',
    't.process_id = s.pid AND (s.cid IS NULL OR t.candidate_id IS NULL OR t.candidate_id = s.cid)',
  ),
  table(
    'records_requests.json',
    'records_requests',
    't.process_id = s.pid AND (s.cid IS NULL OR t.candidate_id IS NULL OR t.candidate_id = s.cid)',
  ),
];

/**
 * Audit events whose subject is in scope, in chain order, with the fields the hash covers in
 * the form the hash was computed over (occurredAt as ISO-8601 UTC with milliseconds).
 */
const SUBJECT_IDS = `
  ids AS (
    SELECT s.pid::text AS id FROM scope s WHERE s.cid IS NULL
    UNION SELECT c.id::text FROM candidates c, scope s WHERE c.process_id = s.pid AND (s.cid IS NULL OR c.id = s.cid)
    UNION SELECT id::text FROM sv
    UNION SELECT id::text FROM sf
    UNION SELECT id::text FROM report_versions WHERE vetting_id IN (SELECT id FROM sv)
    UNION SELECT id::text FROM report_releases WHERE vetting_id IN (SELECT id FROM sv)
    UNION SELECT h.id::text FROM legal_holds h, scope s WHERE h.process_id = s.pid AND (s.cid IS NULL OR h.candidate_id IS NULL OR h.candidate_id = s.cid)
    UNION SELECT r.id::text FROM records_requests r, scope s WHERE r.process_id = s.pid AND (s.cid IS NULL OR r.candidate_id IS NULL OR r.candidate_id = s.cid)
  )`;

const AUDIT_EVENTS: TableFile = {
  path: 'audit_events.json',
  key: 'bigint',
  sql: `${SCOPE},${SUBJECT_IDS}
  SELECT e.seq AS k, jsonb_build_object(
      'seq', e.seq,
      'occurredAt', to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'actorId', e.actor_id,
      'actorRoles', to_jsonb(e.actor_roles),
      'action', e.action,
      'subjectType', e.subject_type,
      'subjectId', e.subject_id,
      'outcome', e.outcome,
      'details', e.details,
      'requestId', e.request_id,
      'clientIp', e.client_ip,
      'prevHash', e.prev_hash,
      'hash', e.hash)::text AS doc
    FROM audit_events e
   WHERE e.subject_id IN (SELECT id FROM ids) AND e.seq > $3::bigint
   ORDER BY e.seq LIMIT ${BATCH}`,
};

/** The people the records name (authors, searchers, validators, panel, actors): who is who, no secrets. */
const USERS: TableFile = {
  path: 'users.json',
  key: 'uuid',
  sql: `${SCOPE},${SUBJECT_IDS},
  people AS (
    SELECT p.created_by AS uid FROM hiring_processes p, scope s WHERE p.id = s.pid
    UNION SELECT created_by FROM checklist_versions, scope s WHERE process_id = s.pid
    UNION SELECT unnest(ARRAY[user_id, added_by, removed_by]) FROM panel_members, scope s WHERE process_id = s.pid
    UNION SELECT user_id FROM process_searchers, scope s WHERE process_id = s.pid
    UNION SELECT searcher_id FROM vettings WHERE id IN (SELECT id FROM sv)
    UNION SELECT searcher_id FROM item_results WHERE vetting_id IN (SELECT id FROM sv)
    UNION SELECT searcher_id FROM search_logs WHERE vetting_id IN (SELECT id FROM sv)
    UNION SELECT author_id FROM findings WHERE id IN (SELECT id FROM sf)
    UNION SELECT validator_id FROM validations WHERE finding_id IN (SELECT id FROM sf)
    UNION SELECT uploaded_by FROM evidence_files WHERE finding_id IN (SELECT id FROM sf)
    UNION SELECT requested_by FROM captures WHERE finding_id IN (SELECT id FROM sf)
    UNION SELECT reviewer_id FROM filter_reviews WHERE finding_id IN (SELECT id FROM sf)
    UNION SELECT recorded_by FROM candidate_responses WHERE finding_id IN (SELECT id FROM sf)
    UNION SELECT requested_by FROM report_releases WHERE vetting_id IN (SELECT id FROM sv)
    UNION SELECT released_by FROM report_versions WHERE vetting_id IN (SELECT id FROM sv)
    UNION SELECT unnest(ARRAY[created_by, released_by]) FROM legal_holds WHERE id::text IN (SELECT id FROM ids)
    UNION SELECT unnest(ARRAY[created_by, status_changed_by]) FROM records_requests WHERE id::text IN (SELECT id FROM ids)
    UNION SELECT actor_id FROM audit_events WHERE subject_id IN (SELECT id FROM ids)
  )
  SELECT u.id AS k, jsonb_build_object('id', u.id, 'name', u.name, 'email', u.email, 'roles', to_jsonb(u.roles), 'active', u.active)::text AS doc
    FROM users u
   WHERE u.id IN (SELECT uid FROM people WHERE uid IS NOT NULL) AND u.id > $3::uuid
   ORDER BY u.id LIMIT ${BATCH}`,
};

const REPORT_ORDER = [
  'reportVersion',
  'releasedAt',
  'candidate',
  'process',
  'checklist',
  'findings',
];
const FINDING_ORDER = [
  'category',
  'summary',
  'excerpt',
  'platform',
  'capturedOn',
  'validation',
  'mitigation',
  'candidateResponse',
];

function ordered(o: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const keys = [
    ...order.filter((k) => k in o),
    ...Object.keys(o)
      .filter((k) => !order.includes(k))
      .sort(),
  ];
  return Object.fromEntries(keys.map((k) => [k, o[k]]));
}

/** jsonb does not keep key order: put the report back in the order it is documented in. */
function inReportOrder(content: Record<string, unknown>): Record<string, unknown> {
  const out = ordered(content, REPORT_ORDER);
  if (Array.isArray(out.findings)) {
    out.findings = out.findings.map((f: unknown) =>
      f && typeof f === 'object' && !Array.isArray(f)
        ? ordered(f as Record<string, unknown>, FINDING_ORDER)
        : f,
    );
  }
  return out;
}

export interface BuildResult {
  sha256: string;
  size: number;
  fileCount: number;
  /** Fingerprint of the key that signed manifest.json. */
  signingKeyFingerprint: string;
}

export type ProgressFn = (percent: number) => Promise<void>;

/** Builds export bundles (zip files) on disk from one consistent snapshot of the database. */
@Injectable()
export class ExportBuilderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: EvidenceStore,
    private readonly signingKey: SigningKeyService,
    private readonly sequencer: AuditSequencer,
  ) {}

  async build(exp: ExportBundle, zipPath: string, progress: ProgressFn): Promise<BuildResult> {
    // Every audit event committed before the build starts is chained first, so the snapshot's
    // audit_events.json holds it (the intake has no seq or hash to put in a bundle).
    await this.sequencer.settle();
    const qr = this.dataSource.createQueryRunner();
    await qr.connect();
    const writer = new BundleWriter(zipPath, exp.requestedAt);
    try {
      // One snapshot for the whole bundle: every file agrees with every other.
      await qr.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await qr.query(`SET LOCAL TimeZone = 'UTC'`);
      const notes =
        exp.kind === 'E_DISCOVERY'
          ? await this.eDiscovery(qr, exp, writer, progress)
          : await this.publicRelease(qr, exp, writer, progress);
      await qr.query('COMMIT');
      await writeSignedManifest(
        writer,
        {
          format: 'cybervet-export/1',
          exportId: exp.id,
          kind: exp.kind,
          createdAt: new Date().toISOString(),
          ...(exp.kind === 'E_DISCOVERY'
            ? { scope: { processId: exp.processId, candidateId: exp.candidateId } }
            : {}),
        },
        notes,
        this.signingKey,
      );
      const zip = await writer.finish();
      return {
        ...zip,
        fileCount: writer.entries.length,
        signingKeyFingerprint: this.signingKey.published.fingerprint,
      };
    } catch (error) {
      await writer.abort();
      await qr.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await qr.release();
    }
  }

  private async eDiscovery(
    qr: QueryRunner,
    exp: ExportBundle,
    writer: BundleWriter,
    progress: ProgressFn,
  ): Promise<string[]> {
    const params = [exp.processId, exp.candidateId];
    const notes: string[] = [];
    const [{ n: evidenceCount }] = await qr.manager.query<{ n: number }[]>(
      `${SCOPE} SELECT count(*)::int AS n FROM evidence_files WHERE finding_id IN (SELECT id FROM sf) AND storage_key IS NOT NULL`,
      params,
    );
    const captureCount = await countCaptureManifests(qr, SCOPE, params);
    const total = 1 + E_DISCOVERY_TABLES.length + 2 + evidenceCount + captureCount + 2;
    let done = 0;
    const step = async () => progress(Math.min(99, Math.floor((++done * 100) / total)));

    const [proc] = await qr.manager.query<{ doc: string }[]>(
      `SELECT to_jsonb(p)::text AS doc FROM hiring_processes p WHERE p.id = $1`,
      [exp.processId],
    );
    await writer.add('process.json', `${proc.doc}\n`);
    await step();
    for (const t of E_DISCOVERY_TABLES) {
      await writer.add(t.path, this.jsonArray(qr, t, params));
      await step();
    }
    await writer.add(AUDIT_EVENTS.path, this.jsonArray(qr, AUDIT_EVENTS, params));
    await step();
    await writer.add(USERS.path, this.jsonArray(qr, USERS, params));
    await step();

    // Evidence files themselves, streamed from the store one at a time.
    let after = NIL_UUID;
    for (;;) {
      const rows = await qr.manager.query<{ id: string; sha256: string; storage_key: string }[]>(
        `${SCOPE} SELECT e.id, e.sha256, e.storage_key FROM evidence_files e
           WHERE e.finding_id IN (SELECT id FROM sf) AND e.storage_key IS NOT NULL AND e.id > $3::uuid
           ORDER BY e.id LIMIT ${BATCH}`,
        [...params, after],
      );
      for (const row of rows) {
        const path = this.store.path(row.storage_key);
        const present = await access(path).then(
          () => true,
          () => false,
        );
        if (!present) {
          notes.push(
            `evidence ${row.id}: the stored file is missing from the evidence store; not included`,
          );
        } else {
          const entry = await writer.add(`evidence/${row.id}`, this.store.open(row.storage_key));
          if (entry.sha256 !== row.sha256.trim()) {
            notes.push(
              `evidence ${row.id}: SHA-256 ${entry.sha256} differs from the ${row.sha256.trim()} recorded at upload`,
            );
          }
        }
        await step();
      }
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].id;
    }
    const [{ n: purged }] = await qr.manager.query<{ n: number }[]>(
      `${SCOPE} SELECT count(*)::int AS n FROM evidence_files WHERE finding_id IN (SELECT id FROM sf) AND storage_key IS NULL`,
      params,
    );
    if (purged)
      notes.push(
        `${purged} evidence file(s) were purged under the retention schedule: listed in evidence_files.json and purge_tombstones.json, not included`,
      );
    notes.push(...(await writeCaptureManifests(qr, SCOPE, params, writer, step)));
    await writer.add('README.txt', eDiscoveryReadme(this.signingKey.published));
    await step();
    return notes;
  }

  private async publicRelease(
    qr: QueryRunner,
    exp: ExportBundle,
    writer: BundleWriter,
    progress: ProgressFn,
  ): Promise<string[]> {
    // Identities of everyone in the process: confidential applicants are pseudonymized
    // everywhere in the bundle; disclosed names are protected from over-redaction.
    const people = await qr.manager.query<
      {
        id: string;
        full_name: string;
        aliases: string[];
        provided_handles: string[];
        email: string | null;
        confidentiality_requested: boolean;
        final_candidate: boolean;
      }[]
    >(
      `SELECT id, full_name, aliases, provided_handles, email, confidentiality_requested, final_candidate
         FROM candidates WHERE process_id = $1`,
      [exp.processId],
    );
    const identity = (p: (typeof people)[number]): IdentityRecord => ({
      id: p.id,
      fullName: p.full_name,
      aliases: p.aliases,
      providedHandles: p.provided_handles,
      email: p.email,
    });
    const confidentialIds = new Set<string>();
    for (const p of people) {
      if (
        isConfidential({
          confidentialityRequested: p.confidentiality_requested,
          finalCandidate: p.final_candidate,
        })
      )
        confidentialIds.add(p.id);
    }
    const confidential = people.filter((p) => confidentialIds.has(p.id)).map(identity);
    const disclosed = people.filter((p) => !confidentialIds.has(p.id)).map(identity);
    const general = new IdentityRedactor(confidential, disclosed);
    const [{ n: total }] = await qr.manager.query<{ n: number }[]>(
      `SELECT count(DISTINCT candidate_id)::int AS n FROM report_versions WHERE process_id = $1 AND ($2::uuid IS NULL OR candidate_id = $2)`,
      [exp.processId, exp.candidateId],
    );
    let done = 0;
    let after = NIL_UUID;
    for (;;) {
      const rows = await qr.manager.query<
        { candidate_id: string; content: Record<string, unknown> }[]
      >(
        `SELECT DISTINCT ON (rv.candidate_id) rv.candidate_id, rv.content
           FROM report_versions rv
          WHERE rv.process_id = $1 AND ($2::uuid IS NULL OR rv.candidate_id = $2) AND rv.candidate_id > $3::uuid
          ORDER BY rv.candidate_id, rv.version DESC
          LIMIT ${BATCH}`,
        [exp.processId, exp.candidateId, after],
      );
      for (const row of rows) {
        // In a confidential applicant's own report, their shared name parts refer to them too.
        const redactor = confidentialIds.has(row.candidate_id)
          ? new IdentityRedactor(confidential, disclosed, row.candidate_id)
          : general;
        let content = mapStrings(row.content, (s) => removeUrls(redactor.redact(s))) as Record<
          string,
          unknown
        >;
        if (confidentialIds.has(row.candidate_id)) {
          const candidate = (content.candidate ?? {}) as Record<string, unknown>;
          content = {
            ...content,
            candidate: { ...candidate, name: pseudonymFor(row.candidate_id) },
          };
        }
        await writer.add(
          `reports/report-${String(++done).padStart(4, '0')}.json`,
          `${JSON.stringify(inReportOrder(content), null, 2)}\n`,
        );
        await progress(Math.min(99, Math.floor((done * 100) / (total + 2))));
      }
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1].candidate_id;
    }
    await writer.add('README.txt', publicReleaseReadme(this.signingKey.published));
    const notes = [`${done} released report(s): the latest version for each candidate in scope`];
    if (confidentialIds.size)
      notes.push(
        'Applicants who asked for confidentiality (Wis. Stat. 19.36(7)) and are not final candidates appear under a pseudonym',
      );
    return notes;
  }

  /** A JSON array of the query's rows, read in keyset batches as the zip asks for more. */
  private async *jsonArray(
    qr: QueryRunner,
    t: TableFile,
    params: unknown[],
  ): AsyncGenerator<Buffer> {
    let after: string = t.key === 'uuid' ? NIL_UUID : '0';
    let first = true;
    yield Buffer.from('[');
    for (;;) {
      const rows = await qr.manager.query<{ k: string; doc: string }[]>(t.sql, [...params, after]);
      if (rows.length) {
        yield Buffer.from(
          rows.map((r, i) => `${first && i === 0 ? '\n' : ',\n'}${r.doc}`).join(''),
          'utf8',
        );
        first = false;
      }
      if (rows.length < BATCH) break;
      after = String(rows[rows.length - 1].k);
    }
    yield Buffer.from(first ? ']\n' : '\n]\n');
  }
}
