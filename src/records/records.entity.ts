import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

const bigintNumber = {
  to: (v: number | null) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

export type HoldSubjectType = 'PROCESS' | 'CANDIDATE';

/**
 * A legal hold: while active (released_at null), nothing under it is purged, whatever its age.
 * Releasing keeps the row, with who released it, when and why.
 */
@Entity({ name: 'legal_holds' })
export class LegalHold {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: HoldSubjectType;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  /** The process held, or the process of the candidate held. */
  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  /** Set for a CANDIDATE hold. */
  @Column({ name: 'candidate_id', type: 'uuid', nullable: true })
  candidateId!: string | null;

  @Column({ type: 'text' })
  reason!: string;

  /** Case number, claim or counsel's letter the hold answers. */
  @Column({ type: 'text' })
  reference!: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  @Column({ name: 'released_by', type: 'uuid', nullable: true })
  releasedBy!: string | null;

  @Column({ name: 'release_reason', type: 'text', nullable: true })
  releaseReason!: string | null;
}

export type RecordsRequestStatus = 'OPEN' | 'FULFILLED' | 'DENIED' | 'CLOSED';
export const RECORDS_REQUEST_STATUSES: RecordsRequestStatus[] = [
  'OPEN',
  'FULFILLED',
  'DENIED',
  'CLOSED',
];

export interface RecordsScope {
  processId?: string;
  candidateId?: string;
}

/** An open-records request. While OPEN it holds its scope like a legal hold (Wis. Stat. 19.35(5)). */
@Entity({ name: 'records_requests' })
export class RecordsRequest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  requester!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  /** The scope as asked for. */
  @Column({ type: 'jsonb' })
  scope!: RecordsScope;

  /** The scope resolved: always the process; the candidate when the scope is one candidate. */
  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ name: 'candidate_id', type: 'uuid', nullable: true })
  candidateId!: string | null;

  @Column({ type: 'text' })
  description!: string;

  /** The answer is due by then: set by the custodian (never before receivedAt). */
  @Column({ type: 'timestamptz', nullable: true })
  deadline!: Date | null;

  @Column({ type: 'text', default: 'OPEN' })
  status!: RecordsRequestStatus;

  @Column({ name: 'status_note', type: 'text', nullable: true })
  statusNote!: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt!: Date | null;

  @Column({ name: 'status_changed_by', type: 'uuid', nullable: true })
  statusChangedBy!: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}

export type TombstoneSubjectType =
  'FINDING_EXCERPT' | 'FINDING_URL' | 'EVIDENCE_FILE' | 'CAPTURE_URL' | 'CAPTURE_MANIFEST';

/** What the retention purge removed, under which rule, and the SHA-256 of what it was. Permanent. */
@Entity({ name: 'purge_tombstones' })
export class PurgeTombstone {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: TombstoneSubjectType;

  /** The finding (for its excerpt or URL), the evidence file or the capture. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId!: string;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ type: 'text' })
  rule!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'removed_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  removedAt!: Date;
}

export type ExportKind = 'E_DISCOVERY' | 'PUBLIC_RELEASE';
export const EXPORT_KINDS: ExportKind[] = ['E_DISCOVERY', 'PUBLIC_RELEASE'];
export type ExportStatus = 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';

/** An export bundle: requested over HTTP, built by a BullMQ job into EXPORT_DIR. */
@Entity({ name: 'exports' })
export class ExportBundle {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: ExportKind;

  @Column({ type: 'jsonb' })
  scope!: RecordsScope;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ name: 'candidate_id', type: 'uuid', nullable: true })
  candidateId!: string | null;

  /** The records request this export answers, when it was started from one. */
  @Column({ name: 'records_request_id', type: 'uuid', nullable: true })
  recordsRequestId!: string | null;

  @Column({ type: 'text', default: 'PENDING' })
  status!: ExportStatus;

  @Column({ type: 'integer', default: 0 })
  progress!: number;

  /** The zip's file name, relative to EXPORT_DIR. */
  @Column({ name: 'file_path', type: 'text', nullable: true })
  filePath!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  size!: number | null;

  @Column({ name: 'file_count', type: 'integer', nullable: true })
  fileCount!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  requestedAt!: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  /** Hand-off to the queue (the outbox relay): when it last succeeded, when it is due again. */
  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Column({ name: 'next_dispatch_at', type: 'timestamptz', nullable: true })
  nextDispatchAt!: Date | null;

  @Column({ name: 'dispatch_attempts', type: 'integer', default: 0 })
  dispatchAttempts!: number;

  @Column({ name: 'last_dispatch_error', type: 'text', nullable: true })
  lastDispatchError!: string | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

export const RECORDS_ENTITIES = [LegalHold, RecordsRequest, PurgeTombstone, ExportBundle];
