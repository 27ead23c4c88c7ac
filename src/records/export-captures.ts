import { QueryRunner } from 'typeorm';
import { BundleWriter } from './bundle-writer';

const BATCH = 500;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * `captures.json` (rows as stored) adds these per capture: `purged`, and the bundle paths of its
 * manifest, signature and evidence files. The evidence files are the finding's evidence rows,
 * already under `evidence/<id>`: they are pointed at, not copied twice.
 */
export const CAPTURE_ROW_EXTRA = `jsonb_build_object(
  'purged', t.purged_at IS NOT NULL,
  'manifestPath', CASE WHEN t.manifest IS NULL THEN NULL ELSE 'captures/' || t.id || '/manifest.json' END,
  'signaturePath', CASE WHEN t.manifest IS NULL OR t.manifest_signature IS NULL THEN NULL ELSE 'captures/' || t.id || '/manifest.sig' END,
  'evidencePaths', (SELECT coalesce(jsonb_agg('evidence/' || e.id ORDER BY e.id), '[]'::jsonb) FROM evidence_files e
                     WHERE e.id IN (t.screenshot_evidence_id, t.pdf_evidence_id, t.mhtml_evidence_id)
                       AND e.storage_key IS NOT NULL))`;

/**
 * Each capture's signed manifest as its exact stored bytes, with the detached signature beside
 * it, so it can be checked without cybervet (`openssl pkeyutl -verify … -rawin`). A purged
 * capture has no manifest left: captures.json says so and nothing is written for it.
 */
export async function writeCaptureManifests(
  qr: QueryRunner,
  scope: string,
  params: unknown[],
  writer: BundleWriter,
  step: () => Promise<void>,
): Promise<string[]> {
  let after = NIL_UUID;
  let written = 0;
  for (;;) {
    const rows = await qr.manager.query<
      { id: string; manifest: string; manifest_signature: string | null }[]
    >(
      `${scope} SELECT c.id, c.manifest, c.manifest_signature FROM captures c
         WHERE c.finding_id IN (SELECT id FROM sf) AND c.manifest IS NOT NULL AND c.id > $3::uuid
         ORDER BY c.id LIMIT ${BATCH}`,
      [...params, after],
    );
    for (const row of rows) {
      await writer.add(`captures/${row.id}/manifest.json`, Buffer.from(row.manifest, 'utf8'));
      if (row.manifest_signature)
        await writer.add(`captures/${row.id}/manifest.sig`, `${row.manifest_signature}\n`);
      written += 1;
      await step();
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1].id;
  }
  const [{ n: purged }] = await qr.manager.query<{ n: number }[]>(
    `${scope} SELECT count(*)::int AS n FROM captures WHERE finding_id IN (SELECT id FROM sf) AND purged_at IS NOT NULL`,
    params,
  );
  const notes: string[] = [];
  if (written)
    notes.push(
      `${written} server capture manifest(s) under captures/<id>/: manifest.json is the exact signed bytes, manifest.sig its Ed25519 signature (base64)`,
    );
  if (purged)
    notes.push(
      `${purged} server capture(s) were purged under the retention schedule: listed in captures.json with purged_at and purge_rule, their URLs and manifest removed`,
    );
  return notes;
}

/** How many manifests writeCaptureManifests will write (for progress). */
export async function countCaptureManifests(
  qr: QueryRunner,
  scope: string,
  params: unknown[],
): Promise<number> {
  const [{ n }] = await qr.manager.query<{ n: number }[]>(
    `${scope} SELECT count(*)::int AS n FROM captures WHERE finding_id IN (SELECT id FROM sf) AND manifest IS NOT NULL`,
    params,
  );
  return n;
}
