import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const RELEASE_STATUSES = ['PENDING', 'DONE', 'FAILED'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

/**
 * A release request: the route answers 202 with it; a BullMQ job compiles the report version.
 * At most one PENDING release per vetting (a partial unique index); FAILED always has `error`.
 */
@Entity({ name: 'report_releases' })
export class ReportRelease {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vetting_id', type: 'uuid' })
  vettingId!: string;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'text', default: 'PENDING' })
  status!: ReleaseStatus;

  @Column({ name: 'report_version_id', type: 'uuid', nullable: true })
  reportVersionId!: string | null;

  /** Why a FAILED release failed (required by a constraint); null otherwise. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** The relay's bookkeeping: the last hand-off to the queue, and when to look at it again. */
  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Column({ name: 'next_dispatch_at', type: 'timestamptz', nullable: true })
  nextDispatchAt!: Date | null;

  @Column({ name: 'dispatch_attempts', type: 'integer', default: 0 })
  dispatchAttempts!: number;

  @Column({ name: 'last_dispatch_error', type: 'text', nullable: true })
  lastDispatchError!: string | null;
}

/**
 * An immutable, released report version (a trigger refuses UPDATE and DELETE). `content` holds
 * only what a decision maker may see; `sha256` is over its canonical JSON.
 */
@Entity({ name: 'report_versions' })
export class ReportVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vetting_id', type: 'uuid' })
  vettingId!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'release_id', type: 'uuid' })
  releaseId!: string;

  @Column({ type: 'jsonb' })
  content!: object;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Internal, never in `content`: which findings were reported (for auditors). */
  @Column({ name: 'reported_finding_ids', type: 'uuid', array: true })
  reportedFindingIds!: string[];

  @Column({ name: 'withheld_finding_ids', type: 'uuid', array: true })
  withheldFindingIds!: string[];

  @Column({ name: 'released_by', type: 'uuid' })
  releasedBy!: string;

  @CreateDateColumn({ name: 'released_at', type: 'timestamptz' })
  releasedAt!: Date;
}
