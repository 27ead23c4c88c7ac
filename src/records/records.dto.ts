import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
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
  @ApiProperty({
    type: String,
    minLength: 1,
    maxLength: 2000,
    description:
      'Why the process is closed (kept in the audit log): closing ends all work on it and starts its retention clock',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'reason is required: say why the process is closed' })
  @MinLength(1, { message: 'reason is required: say why the process is closed' })
  @NoNul()
  @MaxLength(2000)
  reason!: string;
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

  /** When the answer is due, as the custodian sets it; not before receivedAt. */
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    description: 'When the answer is due, as the custodian sets it; not before receivedAt.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'deadline must be an ISO-8601 date or date-time' })
  deadline?: string;
}

export class UpdateRecordsRequestDto {
  @ApiPropertyOptional({ enum: RECORDS_REQUEST_STATUSES })
  @ValidateIf((o: UpdateRecordsRequestDto) => o.status !== undefined || o.deadline === undefined)
  @IsIn(RECORDS_REQUEST_STATUSES, {
    message: `status must be one of ${RECORDS_REQUEST_STATUSES.join(', ')}`,
  })
  status?: RecordsRequestStatus;

  /** A new deadline (not before receivedAt), or null to clear it. */
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'A new deadline (not before receivedAt), or null to clear it.',
  })
  @ValidateIf((o: UpdateRecordsRequestDto) => o.deadline !== undefined && o.deadline !== null)
  @IsISO8601({ strict: true }, { message: 'deadline must be an ISO-8601 date or date-time' })
  deadline?: string | null;

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

  /** The records request this export answers; its scope must be the request's scope. */
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description: "The records request this export answers; its scope must be the request's scope.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'recordsRequestId must be a UUID' })
  recordsRequestId?: string;
}

export class ListExportsQuery {
  /** Only the exports started from this records request. */
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description: 'Only the exports started from this records request.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'recordsRequestId must be a UUID' })
  recordsRequestId?: string;
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
  @ApiProperty({ type: String, nullable: true, description: 'Name of who placed the hold' })
  createdByName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Name of who released the hold' })
  releasedByName!: string | null;
  @ApiProperty({ type: String, nullable: true })
  processTitle!: string | null;
  @ApiProperty({ type: String, nullable: true })
  candidateName!: string | null;
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
  @ApiProperty({ type: Date, nullable: true })
  deadline!: Date | null;
  /** Whole days since the request was received (server time). */
  @ApiProperty({ type: Number, description: 'Whole days since the request was received.' })
  ageDays!: number;
  /** Whole days left to the deadline (negative once past it); null without a deadline. */
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Whole days left to the deadline (negative once past it); null without one.',
  })
  daysUntilDeadline!: number | null;
  /** Still OPEN and past its deadline. */
  @ApiProperty({ type: Boolean, description: 'Still OPEN and past its deadline.' })
  overdue!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Name of who logged the request' })
  createdByName!: string | null;
  @ApiProperty({ type: String, nullable: true })
  statusChangedByName!: string | null;
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
  @ApiProperty({ type: String, nullable: true })
  recordsRequestId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Name of who requested the export' })
  requestedByName!: string | null;
  @ApiProperty({ type: String, nullable: true })
  processTitle!: string | null;
  @ApiProperty({ type: String, nullable: true })
  candidateName!: string | null;
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

// The retention preview's DTOs live beside it; re-exported so existing imports keep working.
export * from './retention.dto';
