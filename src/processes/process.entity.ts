import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ProcessStatus = 'OPEN' | 'CLOSED';

@Entity({ name: 'hiring_processes' })
export class HiringProcess {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Validator must differ from the finding's author (default). Relaxing it needs a reason. */
  @Column({ name: 'require_independent_validation', type: 'boolean', default: true })
  requireIndependentValidation!: boolean;

  @Column({ name: 'independence_relaxed_reason', type: 'text', nullable: true })
  independenceRelaxedReason!: string | null;

  /** Filter reviewer must differ from the finding's author (default). Relaxing it needs a reason. */
  @Column({ name: 'require_independent_filter_review', type: 'boolean', default: true })
  requireIndependentFilterReview!: boolean;

  @Column({ name: 'filter_review_relaxed_reason', type: 'text', nullable: true })
  filterReviewRelaxedReason!: string | null;

  @Column({ name: 'min_identity_matches', type: 'integer', default: 3 })
  minIdentityMatches!: number;

  @Column({ name: 'search_window_years', type: 'integer', default: 7 })
  searchWindowYears!: number;

  @Column({ name: 'current_checklist_version_id', type: 'uuid', nullable: true })
  currentChecklistVersionId!: string | null;

  @Column({ type: 'text', default: 'OPEN' })
  status!: ProcessStatus;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
