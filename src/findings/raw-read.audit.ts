import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';

/** The audit action of every read of raw finding content (policy IV.B.7: every raw read is logged). */
export const RAW_READ_ACTION = 'finding.read.raw';

/**
 * Writes one raw-read event per finding, in the caller's transaction, before the content leaves.
 * `via` is the action of the route that returns it (finding.read, finding.text.update, …).
 * The one place a raw read is recorded: the raw finding view calls it, and so does every other
 * response that quotes raw content (validation notes, screening flags, filter-review previews,
 * evidence metadata).
 */
export async function auditRawRead(
  m: EntityManager,
  audit: AuditService,
  findings: { id: string; vettingId: string }[],
  via: string,
): Promise<void> {
  for (const f of findings) {
    await audit.append(m, {
      action: RAW_READ_ACTION,
      subjectType: 'finding',
      subjectId: f.id,
      details: { vettingId: f.vettingId, via },
    });
  }
}
