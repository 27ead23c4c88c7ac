import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  EXPORT_KINDS,
  ExportKind,
  ExportStatus,
  HoldSubjectType,
  RECORDS_REQUEST_STATUSES,
  RecordsRequestStatus,
  RecordsScope,
} from './records.entity';

const EXPORT_STATUSES: ExportStatus[] = ['PENDING', 'RUNNING', 'DONE', 'FAILED'];

/** PostgreSQL text cannot hold NUL: refused here with 400 rather than failing in the database. */
const NoNul = () =>
  ValidateBy({
    name: 'noNul',
    validator: {
      validate: (value: unknown) =>
        typeof value !== 'string' || !value.includes(String.fromCharCode(0)),
      defaultMessage: () => '$property must not contain NUL characters',
    },
  });

/** A process, or one candidate (of that process, if both are given). At least one id. */
export class ScopeDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((o: ScopeDto) => o.candidateId === undefined || o.processId !== undefined)
  @IsUUID('all', { message: 'scope needs processId or candidateId (a UUID)' })
  processId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'scope.candidateId must be a UUID' })
  candidateId?: string;
}

export class CloseProcessDto {
  @ApiPropertyOptional({
    type: String,
    maxLength: 2000,
    description: 'Why the process is closed (kept in the audit log)',
  })
  @IsOptional()
  @IsString()
  @NoNul()
  @MaxLength(2000)
  reason?: string;
}

export class UpdateCandidateRecordsDto {
  /** Wis. Stat. 19.36(7): the applicant asked in writing that their identity be kept confidential. */
  @ApiPropertyOptional({
    type: Boolean,
    description:
      'Wis. Stat. 19.36(7): the applicant asked in writing that their identity be kept confidential.',
  })
  @ValidateIf((o: UpdateCandidateRecordsDto) => o.confidentialityRequested !== undefined)
  @IsBoolean({ message: 'confidentialityRequested must be true or false' })
  confidentialityRequested?: boolean;

  /** Final candidates are not covered by 19.36(7). */
  @ApiPropertyOptional({
    type: Boolean,
    description: 'Final candidates are not covered by 19.36(7).',
  })
  @ValidateIf((o: UpdateCandidateRecordsDto) => o.finalCandidate !== undefined)
  @IsBoolean({ message: 'finalCandidate must be true or false' })
  finalCandidate?: boolean;
}

export class CreateLegalHoldDto {
  @ApiProperty({ enum: ['PROCESS', 'CANDIDATE'] })
  @IsIn(['PROCESS', 'CANDIDATE'], { message: 'subjectType must be PROCESS or CANDIDATE' })
  subjectType!: HoldSubjectType;

  @ApiProperty({ type: String, format: 'uuid' })
  @IsUUID('all', { message: 'subjectId must be a UUID' })
  subjectId!: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: 5000 })
  @IsString()
  @NoNul()
  @MinLength(1)
  @MaxLength(5000)
  reason!: string;

  /** Case number, claim or counsel's letter. */
  @ApiProperty({
    type: String,
    minLength: 1,
    maxLength: 200,
    description: "Case number, claim or counsel's letter.",
  })
  @IsString()
  @NoNul()
  @MinLength(1)
  @MaxLength(200)
  reference!: string;
}

export class ReleaseLegalHoldDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 5000 })
  @IsString()
  @NoNul()
  @MinLength(1, { message: 'reason is required to release a legal hold' })
  @MaxLength(5000)
  reason!: string;
}

export class CreateRecordsRequestDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 200 })
  @IsString()
  @NoNul()
  @MinLength(1)
  @MaxLength(200)
  requester!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'receivedAt must be an ISO-8601 date or date-time' })
  receivedAt!: string;

  @ApiProperty({ type: () => ScopeDto })
  @IsDefined({ message: 'scope is required: {processId?, candidateId?}' })
  @ValidateNested()
  @Type(() => ScopeDto)
  scope!: ScopeDto;

  @ApiProperty({ type: String, minLength: 1, maxLength: 5000 })
  @IsString()
  @NoNul()
  @MinLength(1)
  @MaxLength(5000)
  description!: string;
}

export class UpdateRecordsRequestDto {
  @ApiProperty({ enum: RECORDS_REQUEST_STATUSES })
  @IsIn(RECORDS_REQUEST_STATUSES, {
    message: `status must be one of ${RECORDS_REQUEST_STATUSES.join(', ')}`,
  })
  status!: RecordsRequestStatus;

  @ApiPropertyOptional({ type: String, maxLength: 5000 })
  @IsOptional()
  @IsString()
  @NoNul()
  @MaxLength(5000)
  note?: string;
}

export class CreateExportDto {
  @ApiProperty({ type: () => ScopeDto })
  @IsDefined({ message: 'scope is required: {processId?, candidateId?}' })
  @ValidateNested()
  @Type(() => ScopeDto)
  scope!: ScopeDto;

  @ApiProperty({ enum: EXPORT_KINDS })
  @IsIn(EXPORT_KINDS, { message: `kind must be one of ${EXPORT_KINDS.join(', ')}` })
  kind!: ExportKind;
}

export class LegalHoldView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ enum: ['PROCESS', 'CANDIDATE'] })
  subjectType!: HoldSubjectType;
  @ApiProperty({ type: String })
  subjectId!: string;
  @ApiProperty({ type: String })
  processId!: string;
  @ApiProperty({ type: String, nullable: true })
  candidateId!: string | null;
  @ApiProperty({ type: String })
  reason!: string;
  @ApiProperty({ type: String })
  reference!: string;
  @ApiProperty({ type: Boolean })
  active!: boolean;
  @ApiProperty({ type: String })
  createdBy!: string;
  @ApiProperty({ type: Date })
  createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true })
  releasedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true })
  releasedBy!: string | null;
  @ApiProperty({ type: String, nullable: true })
  releaseReason!: string | null;
}

export class RecordsRequestView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  requester!: string;
  @ApiProperty({ type: Date })
  receivedAt!: Date;
  @ApiProperty({ type: () => ScopeDto })
  scope!: RecordsScope;
  @ApiProperty({ type: String })
  processId!: string;
  @ApiProperty({ type: String, nullable: true })
  candidateId!: string | null;
  @ApiProperty({ type: String })
  description!: string;
  @ApiProperty({ enum: RECORDS_REQUEST_STATUSES })
  status!: RecordsRequestStatus;
  @ApiProperty({ type: String, nullable: true })
  statusNote!: string | null;
  @ApiProperty({ type: Date, nullable: true })
  statusChangedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true })
  statusChangedBy!: string | null;
  @ApiProperty({ type: String })
  createdBy!: string;
  @ApiProperty({ type: Date })
  createdAt!: Date;
}

export class ExportView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ enum: EXPORT_KINDS })
  kind!: ExportKind;
  @ApiProperty({ type: () => ScopeDto })
  scope!: RecordsScope;
  @ApiProperty({ enum: EXPORT_STATUSES })
  status!: ExportStatus;
  @ApiProperty({ type: Number })
  progress!: number;
  @ApiProperty({ type: String, nullable: true })
  sha256!: string | null;
  @ApiProperty({ type: Number, nullable: true })
  size!: number | null;
  @ApiProperty({ type: Number, nullable: true })
  fileCount!: number | null;
  @ApiProperty({ type: String, nullable: true })
  error!: string | null;
  @ApiProperty({ type: String })
  requestedBy!: string;
  @ApiProperty({ type: Date })
  requestedAt!: Date;
  @ApiProperty({ type: Date, nullable: true })
  startedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true })
  finishedAt!: Date | null;
}

/** The public key that signs every export bundle's manifest.json (manifest.sig). */
export class SigningKeyView {
  @ApiProperty({ enum: ['Ed25519'] })
  algorithm!: 'Ed25519';
  /** SubjectPublicKeyInfo, PEM: pass it to `export:verify --public-key`. */
  @ApiProperty({
    type: String,
    description: 'SubjectPublicKeyInfo, PEM: pass it to `export:verify --public-key`.',
  })
  publicKey!: string;
  /** SHA-256 (hex) of the DER SubjectPublicKeyInfo; printed in every bundle's README.txt. */
  @ApiProperty({
    type: String,
    description:
      "SHA-256 (hex) of the DER SubjectPublicKeyInfo; printed in every bundle's README.txt.",
  })
  fingerprint!: string;
}

export class ExportAcceptedView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ enum: EXPORT_STATUSES })
  status!: ExportStatus;
}

export class ClosedProcessView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  status!: string;
  @ApiProperty({ type: Date })
  closedAt!: Date;
}

export type PurgeItemType = 'FINDING_EXCERPT' | 'FINDING_URL' | 'EVIDENCE_FILE';

export class RetentionPreviewItem {
  @ApiProperty({ enum: ['FINDING_EXCERPT', 'FINDING_URL', 'EVIDENCE_FILE'] })
  subjectType!: PurgeItemType;
  /** The finding (excerpt, URL) or the evidence file. */
  @ApiProperty({ type: String, description: 'The finding (excerpt, URL) or the evidence file.' })
  subjectId!: string;
  @ApiProperty({ type: String })
  findingId!: string;
  @ApiProperty({ type: String })
  candidateId!: string;
  @ApiProperty({ type: String })
  processId!: string;
  @ApiProperty({ type: String })
  processTitle!: string;
  @ApiProperty({ type: Date })
  closedAt!: Date;
  @ApiProperty({ type: Date })
  expiresAt!: Date;
  @ApiProperty({ type: String })
  rule!: string;
}

export class RetentionHoldReason {
  @ApiProperty({ enum: ['LEGAL_HOLD', 'RECORDS_REQUEST'] })
  kind!: 'LEGAL_HOLD' | 'RECORDS_REQUEST';
  @ApiProperty({ type: String })
  id!: string;
  /** The hold's reference, or the request's requester. */
  @ApiProperty({ type: String, description: "The hold's reference, or the request's requester." })
  label!: string;
}

export class RetentionSkip {
  @ApiProperty({ type: String })
  processId!: string;
  @ApiProperty({ type: String })
  processTitle!: string;
  /** Null when the whole process is held; else the candidate whose records are held. */
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Null when the whole process is held; else the candidate whose records are held.',
  })
  candidateId!: string | null;
  @ApiProperty({ type: Date })
  closedAt!: Date;
  @ApiProperty({ type: Date })
  expiresAt!: Date;
  @ApiProperty({ type: () => [RetentionHoldReason] })
  heldBy!: RetentionHoldReason[];
}

export class RetentionPreview {
  @ApiProperty({ type: Date })
  asOf!: Date;
  @ApiProperty({
    type: 'object',
    properties: {
      rawYears: { type: 'number' },
      reportYears: { type: 'number' },
      auditYears: { type: 'number' },
    },
    required: ['rawYears', 'reportYears', 'auditYears'],
    selfRequired: true,
  })
  retention!: { rawYears: number; reportYears: number; auditYears: number };
  /** Report versions and the audit log are kept: the purge never touches them. */
  @ApiProperty({
    type: [String],
    description: 'Report versions and the audit log are kept: the purge never touches them.',
  })
  kept!: string[];
  @ApiProperty({ type: () => [RetentionPreviewItem] })
  items!: RetentionPreviewItem[];
  @ApiProperty({ type: () => [RetentionSkip] })
  skipped!: RetentionSkip[];
}

export interface PurgeSummary {
  asOf: string;
  findings: number;
  excerpts: number;
  urls: number;
  files: number;
  skipped: number;
  errors: { findingId: string; error: string }[];
}
