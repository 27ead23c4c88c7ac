import { AuditEvent } from '../../src/audit/audit-event.entity';
import { AuditSequencer } from '../../src/audit/audit-sequencer.service';
import { AuditInput, AuditService } from '../../src/audit/audit.service';
import { TestApp } from './test-app';

/**
 * Call before a test reads the audit log (the table or the API): it returns once every event
 * committed so far is in the chain. Tests that read audit events go through this one place, so
 * the way events reach the chain can change without touching each test.
 *
 * Events go to the intake in the writer's transaction and the sequencer chains them a moment
 * later; this runs the sequencer now (waiting its turn on the sequencer lock if the timer is
 * mid-batch) until the intake holds nothing committed.
 */
export async function auditSettled(t: TestApp): Promise<void> {
  await t.get(AuditSequencer).settle();
}

/** Records an event through the real AuditService and returns it as chained (seq and hash). */
export async function recordSettled(t: TestApp, input: AuditInput): Promise<AuditEvent> {
  const entry = await t.get(AuditService).record(input);
  await auditSettled(t);
  const event = await t.db.getRepository(AuditEvent).findOneByOrFail({ intakeId: entry.intakeId });
  return event;
}

/** `t.db.query` once the log is settled: for reads of `audit_events` written as one expression. */
export async function auditQuery<T = any>(t: TestApp, sql: string, params?: unknown[]): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  await auditSettled(t);
  return t.db.query<T>(sql, params);
}
