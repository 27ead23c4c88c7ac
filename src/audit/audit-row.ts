import { AuditOutcome } from './audit-event.entity';

/** The audit_events columns as raw SQL returns them, for the streaming readers (verify, browse). */
export interface AuditRow {
  seq: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_roles: string[];
  action: string;
  subject_type: string;
  subject_id: string | null;
  outcome: AuditOutcome;
  details: Record<string, unknown>;
  request_id: string | null;
  client_ip: string | null;
  prev_hash: string;
  hash: string;
}

export const AUDIT_COLUMNS =
  'seq, occurred_at, actor_id, actor_roles, action, subject_type, subject_id, outcome, details, request_id, client_ip, prev_hash, hash';

export function fromAuditRow(row: AuditRow) {
  return {
    seq: Number(row.seq),
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorRoles: row.actor_roles,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    outcome: row.outcome,
    details: row.details,
    requestId: row.request_id,
    clientIp: row.client_ip,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
