import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReleaseStatus = 'PENDING' | 'DONE' | 'FAILED';

/** A release request: the route answers 202 with it; a BullMQ job compiles the report version. */
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

  @Column({ type: 'text', nullable: true })
  error!: string | null;
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
