import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { FindingCategory, IdentityMatchType, ValidationStatus } from '../policy/finding-categories';
import { SearchMethod } from '../policy/search-methods';

export interface IdentityMatch {
  type: IdentityMatchType;
  detail: string;
}

@Entity({ name: 'findings' })
export class Finding {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'vetting_id', type: 'uuid' })
  vettingId!: string;

  @Column({ name: 'process_id', type: 'uuid' })
  processId!: string;

  @Column({ name: 'item_key', type: 'text' })
  itemKey!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  /** Raw: never shown to the panel. Null once purged under the retention schedule. */
  @Column({ name: 'source_url', type: 'text', nullable: true })
  sourceUrl!: string | null;

  @Column({ type: 'text' })
  platform!: string;

  @Column({ name: 'captured_at', type: 'timestamptz' })
  capturedAt!: Date;

  /** When the content itself was posted or published, if known (the search window applies to it). */
  @Column({ name: 'content_date', type: 'date', nullable: true })
  contentDate!: string | null;

  @Column({ type: 'text' })
  method!: SearchMethod;

  @Column({ type: 'text' })
  category!: FindingCategory;

  @Column({ name: 'category_justification', type: 'text', nullable: true })
  categoryJustification!: string | null;

  /** Raw excerpt of the content. Null once purged. */
  @Column({ type: 'text', nullable: true })
  excerpt!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  mitigation!: string | null;

  @Column({ name: 'identity_matches', type: 'jsonb' })
  identityMatches!: IdentityMatch[];

  /** Bumped whenever panel-visible text changes: screening and filter review start over. */
  @Column({ name: 'text_version', type: 'integer', default: 1 })
  textVersion!: number;

  @Column({ name: 'purged_at', type: 'timestamptz', nullable: true })
  purgedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'evidence_files' })
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  size!: number;

  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'original_name', type: 'text', nullable: true })
  originalName!: string | null;

  /** Path relative to EVIDENCE_DIR. Null once purged. */
  @Column({ name: 'storage_key', type: 'text', nullable: true })
  storageKey!: string | null;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;

  @Column({ name: 'purged_at', type: 'timestamptz', nullable: true })
  purgedAt!: Date | null;
}

@Entity({ name: 'validations' })
export class Validation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'finding_id', type: 'uuid' })
  findingId!: string;

  @Column({ name: 'validator_id', type: 'uuid' })
  validatorId!: string;

  @Column({ type: 'text' })
  status!: ValidationStatus;

  @Column({ type: 'text' })
  method!: string;

  @Column({ type: 'text' })
  notes!: string;

  /** True when the validator is also the finding's author (allowed only where independence was relaxed). */
  @Column({ name: 'self_validated', type: 'boolean', default: false })
  selfValidated!: boolean;

  /** Set when the finding's text or identity matches changed after this validation: it no longer counts. */
  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
