import { EntityManager } from 'typeorm';
import { scrubLinks } from '../common/link-scrubber';
import { TombstoneSubjectType } from './records.entity';

/** A capture of a purged finding that still holds raw content, as the purge reads it (locked). */
interface CaptureRow {
  id: string;
  url: string | null;
  final_url: string | null;
  manifest: string | null;
  reason: string | null;
}

export interface RemovedItem {
  type: TombstoneSubjectType;
  subjectId: string;
  sha256: string;
  /** Audit details beyond the common ones. */
  details?: Record<string, unknown>;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** A FAILED or NOT_PUBLIC reason may name the page: its links and the capture's host names go. */
export function scrubCaptureReason(reason: string, urls: (string | null)[]): string {
  let out = scrubLinks(reason, '[link removed]');
  for (const host of urls.map(hostOf)) {
    if (host) out = out.split(host).join('[host removed]');
  }
  return out;
}

/**
 * The captures of a finding being purged that still hold URLs or a manifest, locked. The
 * purge blanks `url`, `final_url` and `manifest` (the manifest holds URLs, headers and
 * redirect hops) and records when and under which rule; the signature, the status and the
 * evidence ids stay (the evidence files go with the finding's other evidence).
 */
export async function lockCapturesToPurge(
  m: EntityManager,
  findingId: string,
  sha256Text: (s: string) => string,
): Promise<{ rows: CaptureRow[]; removed: RemovedItem[] }> {
  const rows = await m.query<CaptureRow[]>(
    `SELECT id, url, final_url, manifest, reason FROM captures
      WHERE finding_id = $1 AND purged_at IS NULL ORDER BY id FOR UPDATE`,
    [findingId],
  );
  const removed: RemovedItem[] = [];
  for (const c of rows) {
    const reasonScrubbed =
      c.reason !== null && scrubCaptureReason(c.reason, [c.url, c.final_url]) !== c.reason;
    if (c.url !== null)
      removed.push({
        type: 'CAPTURE_URL',
        subjectId: c.id,
        sha256: sha256Text(c.url),
        details: { captureId: c.id, finalUrlRemoved: c.final_url !== null, reasonScrubbed },
      });
    if (c.manifest !== null)
      removed.push({
        type: 'CAPTURE_MANIFEST',
        subjectId: c.id,
        sha256: sha256Text(c.manifest),
        details: { captureId: c.id },
      });
  }
  return { rows, removed };
}

/** Blanks the captures read by lockCapturesToPurge (the trigger allows exactly this). */
export async function blankCaptures(
  m: EntityManager,
  rows: CaptureRow[],
  removedAt: Date,
  rule: string,
): Promise<void> {
  for (const c of rows) {
    await m.query(
      `UPDATE captures SET url = NULL, final_url = NULL, manifest = NULL, reason = $2,
              purged_at = $3, purge_rule = $4
        WHERE id = $1`,
      [
        c.id,
        c.reason === null ? null : scrubCaptureReason(c.reason, [c.url, c.final_url]),
        removedAt,
        rule,
      ],
    );
  }
}
