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
  @ApiPropertyOptional({ description: 'Why the process is closed (kept in the audit log)' })
  @IsOptional()
  @IsString()
  @NoNul()
  @MaxLength(2000)
  reason?: string;
}

export class UpdateCandidateRecordsDto {
  /** Wis. Stat. 19.36(7): the applicant asked in writing that their identity be kept confidential. */
  @ValidateIf((o: UpdateCandidateRecordsDto) => o.confidentialityRequested !== undefined)
  @IsBoolean({ message: 'confidentialityRequested must be true or false' })
  confidentialityRequested?: boolean;

  /** Final candidates are not covered by 19.36(7). */
  @ValidateIf((o: UpdateCandidateRecordsDto) => o.finalCandidate !== undefined)
  @IsBoolean({ message: 'finalCandidate must be true or false' })
  finalCandidate?: boolean;
}

export class CreateLegalHoldDto {
  @ApiProperty({ enum: ['PROCESS', 'CANDIDATE'] })
  @IsIn(['PROCESS', 'CANDIDATE'], { message: 'subjectType must be PROCESS or CANDIDATE' })
  subjectType!: HoldSubjectType;

  @IsUUID('all', { message: 'subjectId must be a UUID' })
  subjectId!: string;

  @IsString()
  @NoNul()
  @MinLength(1)
  @MaxLength(5000)
  reason!: string;

  /** Case number, claim or counsel's letter. */
  @IsString()
  @NoNul()
  @MinLength(1)
  @MaxLength(200)
  reference!: string;
}

export class ReleaseLegalHoldDto {
  @IsString()
  @NoNul()
  @MinLength(1, { message: 'reason is required to release a legal hold' })
  @MaxLength(5000)
  reason!: string;
}

export class CreateRecordsRequestDto {
  @IsString()
  @NoNul()
  @MinLength(1)
  @MaxLength(200)
  requester!: string;

  @IsISO8601({ strict: true }, { message: 'receivedAt must be an ISO-8601 date or date-time' })
  receivedAt!: string;

  @IsDefined({ message: 'scope is required: {processId?, candidateId?}' })
  @ValidateNested()
  @Type(() => ScopeDto)
  scope!: ScopeDto;

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

  @IsOptional()
  @IsString()
  @NoNul()
  @MaxLength(5000)
  note?: string;
}

export class CreateExportDto {
  @IsDefined({ message: 'scope is required: {processId?, candidateId?}' })
  @ValidateNested()
  @Type(() => ScopeDto)
  scope!: ScopeDto;

  @ApiProperty({ enum: EXPORT_KINDS })
  @IsIn(EXPORT_KINDS, { message: `kind must be one of ${EXPORT_KINDS.join(', ')}` })
  kind!: ExportKind;
}

export class LegalHoldView {
  id!: string;
  subjectType!: HoldSubjectType;
  subjectId!: string;
  processId!: string;
  candidateId!: string | null;
  reason!: string;
  reference!: string;
  active!: boolean;
  createdBy!: string;
  createdAt!: Date;
  releasedAt!: Date | null;
  releasedBy!: string | null;
  releaseReason!: string | null;
}

export class RecordsRequestView {
  id!: string;
  requester!: string;
  receivedAt!: Date;
  scope!: RecordsScope;
  processId!: string;
  candidateId!: string | null;
  description!: string;
  status!: RecordsRequestStatus;
  statusNote!: string | null;
  statusChangedAt!: Date | null;
  statusChangedBy!: string | null;
  createdBy!: string;
  createdAt!: Date;
}

export class ExportView {
  id!: string;
  kind!: ExportKind;
  scope!: RecordsScope;
  status!: ExportStatus;
  progress!: number;
  sha256!: string | null;
  size!: number | null;
  fileCount!: number | null;
  error!: string | null;
  requestedBy!: string;
  requestedAt!: Date;
  startedAt!: Date | null;
  finishedAt!: Date | null;
}

/** The public key that signs every export bundle's manifest.json (manifest.sig). */
export class SigningKeyView {
  algorithm!: 'Ed25519';
  /** SubjectPublicKeyInfo, PEM: pass it to `export:verify --public-key`. */
  publicKey!: string;
  /** SHA-256 (hex) of the DER SubjectPublicKeyInfo; printed in every bundle's README.txt. */
  fingerprint!: string;
}

export class ExportAcceptedView {
  id!: string;
  status!: ExportStatus;
}

export class ClosedProcessView {
  id!: string;
  status!: string;
  closedAt!: Date;
}

export type PurgeItemType = 'FINDING_EXCERPT' | 'FINDING_URL' | 'EVIDENCE_FILE';

export class RetentionPreviewItem {
  subjectType!: PurgeItemType;
  /** The finding (excerpt, URL) or the evidence file. */
  subjectId!: string;
  findingId!: string;
  candidateId!: string;
  processId!: string;
  processTitle!: string;
  closedAt!: Date;
  expiresAt!: Date;
  rule!: string;
}

export class RetentionHoldReason {
  kind!: 'LEGAL_HOLD' | 'RECORDS_REQUEST';
  id!: string;
  /** The hold's reference, or the request's requester. */
  label!: string;
}

export class RetentionSkip {
  processId!: string;
  processTitle!: string;
  /** Null when the whole process is held; else the candidate whose records are held. */
  candidateId!: string | null;
  closedAt!: Date;
  expiresAt!: Date;
  heldBy!: RetentionHoldReason[];
}

export class RetentionPreview {
  asOf!: Date;
  retention!: { rawYears: number; reportYears: number; auditYears: number };
  /** Report versions and the audit log are kept: the purge never touches them. */
  kept!: string[];
  items!: RetentionPreviewItem[];
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
