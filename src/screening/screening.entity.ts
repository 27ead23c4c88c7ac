import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ScreenedField = 'summary' | 'excerpt' | 'mitigation' | 'candidateResponse';
export const SCREENED_FIELDS: ScreenedField[] = [
  'summary',
  'excerpt',
  'mitigation',
  'candidateResponse',
];

/**
 * Transactional outbox: a scan request written in the same transaction as the finding text it
 * scans. The relay pushes undispatched rows to the queue, so a finding saved while Redis is down
 * is still scanned once Redis is back.
 */
@Entity({ name: 'screening_outbox' })
export class ScreeningOutbox {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ name: 'text_version', type: 'integer' })
  textVersion!: number;

  /** The rules version a rescan queued this for (null: a new or changed text). */
  @Column({ name: 'rules_version', type: 'text', nullable: true })
  rulesVersion!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}

/** The detector's result for one text version of a finding: unique, so a re-run is absorbed. */
@Entity({ name: 'screenings' })
export class Screening {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ name: 'text_version', type: 'integer' })
  textVersion!: number;

  @Column({ name: 'rules_version', type: 'text' })
  rulesVersion!: string;

  @CreateDateColumn({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;
}

/** One detector hit. Raw: it quotes the protected text. Never shown to the panel. */
@Entity({ name: 'screening_flags' })
export class ScreeningFlag {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'screening_id', type: 'uuid' })
  screeningId!: string;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ type: 'text' })
  field!: ScreenedField;

  @Column({ name: 'class', type: 'text' })
  protectedClass!: string;

  @Column({ type: 'integer' })
  start!: number;

  @Column({ type: 'integer' })
  end!: number;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ name: 'rule_id', type: 'text' })
  ruleId!: string;

  @Column({ name: 'rules_version', type: 'text' })
  rulesVersion!: string;
}

export interface ExtraRedaction {
  field: ScreenedField;
  start: number;
  end: number;
}

/** A designated searcher's decisions on one screened text version. The latest review counts. */
@Entity({ name: 'filter_reviews' })
export class FilterReview {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ name: 'screening_id', type: 'uuid' })
  screeningId!: string;

  @Column({ name: 'text_version', type: 'integer' })
  textVersion!: number;

  @Column({ name: 'reviewer_id', type: 'uuid' })
  reviewerId!: string;

  @Column({ name: 'extra_redactions', type: 'jsonb', default: () => "'[]'" })
  extraRedactions!: ExtraRedaction[];

  /** True when the reviewer is also the finding's author (allowed only where independence was relaxed). */
  @Column({ name: 'self_reviewed', type: 'boolean', default: false })
  selfReviewed!: boolean;

  /** When the reviewer confirmed reading every field in full (null on reviews made before it was asked). */
  @Column({ name: 'read_all_fields_confirmed_at', type: 'timestamptz', nullable: true })
  readAllFieldsConfirmedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export type FilterAction = 'REDACT' | 'KEEP';

@Entity({ name: 'filter_decisions' })
export class FilterDecision {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId!: string;

  @Column({ name: 'flag_id', type: 'uuid' })
  flagId!: string;

  @Column({ type: 'text' })
  action!: FilterAction;

  /** Required for KEEP: why the text is needed to describe job-relevant conduct. */
  @Column({ type: 'text', nullable: true })
  justification!: string | null;
}

/** The candidate's response to a finding (as in the FCRA pre-adverse-action step). Latest counts. */
@Entity({ name: 'candidate_responses' })
export class CandidateResponse {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @Column({ type: 'text' })
  text!: string;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A span a reviewer redacted that no detector flag touched, with the class the reviewer chose:
 * what the rules missed on real work. It holds no finding text: the span is found again in the
 * finding's text while that field still hashes to `fieldSha256` (see `eval:detector --from-reviews`).
 */
@Entity({ name: 'detector_misses' })
export class DetectorMiss {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId!: string;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ name: 'text_version', type: 'integer' })
  textVersion!: number;

  @Column({ type: 'text' })
  field!: ScreenedField;

  @Column({ type: 'integer' })
  start!: number;

  @Column({ type: 'integer' })
  end!: number;

  @Column({ name: 'class', type: 'text' })
  protectedClass!: string;

  /** The rules version of the screening that missed the span. */
  @Column({ name: 'rules_version', type: 'text' })
  rulesVersion!: string;

  /** SHA-256 (hex) of the field's whole text when the miss was recorded. */
  @Column({ name: 'field_sha256', type: 'char', length: 64 })
  fieldSha256!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
