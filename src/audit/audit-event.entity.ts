import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AuditOutcome = 'ALLOWED' | 'DENIED' | 'FAILED';

/**
 * One link of the append-only, hash-chained audit log. Rows are never updated or deleted
 * (a trigger refuses it); `seq` has no gaps because one sequencer at a time assigns it
 * (audit-sequencer.service.ts), moving events in from the intake.
 */
@Entity({ name: 'audit_events' })
export class AuditEvent {
  // bigint arrives from pg as a string; sequence numbers stay well inside Number's exact range.
  @PrimaryColumn({
    type: 'bigint',
    transformer: { to: (v: number) => v, from: (v: string) => Number(v) },
  })
  seq!: number;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_roles', type: 'text', array: true, default: () => "'{}'" })
  actorRoles!: string[];

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'text' })
  outcome!: AuditOutcome;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: object;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ name: 'client_ip', type: 'text', nullable: true })
  clientIp!: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  /** Bookkeeping outside the hash: the intake row this event was chained from. */
  @Column({
    name: 'intake_id',
    type: 'bigint',
    nullable: true,
    transformer: {
      to: (v: number | null) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  intakeId!: number | null;

  /** Bookkeeping outside the hash: when the sequencer chained it (null before the intake existed). */
  @Column({ name: 'sequenced_at', type: 'timestamptz', nullable: true })
  sequencedAt!: Date | null;
}
