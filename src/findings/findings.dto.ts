import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  MaxLength,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  FINDING_CATEGORIES,
  FindingCategory,
  IDENTITY_MATCH_TYPES,
  IdentityMatchType,
  VALIDATION_STATUSES,
  ValidationStatus,
} from '../policy/finding-categories';
import { SEARCH_METHODS, SearchMethod } from '../policy/search-methods';
import { IsStorableText } from '../common/storable-text';

export const TEXT_LIMITS = {
  excerpt: 10_000,
  summary: 2_000,
  mitigation: 5_000,
  justification: 2_000,
} as const;

export class IdentityMatchDto {
  @ApiProperty({ enum: IDENTITY_MATCH_TYPES })
  @IsIn(IDENTITY_MATCH_TYPES, {
    message: `identityMatches type must be one of ${IDENTITY_MATCH_TYPES.join(', ')}`,
  })
  type!: IdentityMatchType;

  @ApiProperty({ type: String, minLength: 1, maxLength: 500 })
  @IsString()
  @IsStorableText()
  @MinLength(1)
  @MaxLength(500)
  detail!: string;
}

export class CreateFindingDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 64 })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  itemKey!: string;

  @ApiProperty({ type: String, maxLength: 2048, format: 'uri' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'sourceUrl must be an http or https URL' },
  )
  @MaxLength(2048)
  sourceUrl!: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  platform!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'capturedAt must be an ISO-8601 date-time' })
  capturedAt!: string;

  /** When the content was posted or published, if known; the process's search window applies to it. */
  @ApiPropertyOptional({
    type: String,
    format: 'date',
    description:
      "When the content was posted or published, if known; the process's search window applies to it.",
  })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'contentDate must be a date (YYYY-MM-DD)' })
  contentDate?: string;

  @ApiProperty({ enum: SEARCH_METHODS })
  @IsIn(SEARCH_METHODS, { message: `method must be one of ${SEARCH_METHODS.join(', ')}` })
  method!: SearchMethod;

  @ApiProperty({ enum: FINDING_CATEGORIES })
  @IsIn(FINDING_CATEGORIES, { message: `category must be one of ${FINDING_CATEGORIES.join(', ')}` })
  category!: FindingCategory;

  @ApiPropertyOptional({ type: String, minLength: 10, maxLength: TEXT_LIMITS.justification })
  @ValidateIf(
    (o: CreateFindingDto) => o.category === 'OTHER' || o.categoryJustification !== undefined,
  )
  @IsString({ message: 'categoryJustification is required for category OTHER' })
  @MinLength(10, {
    message: 'categoryJustification is required for category OTHER (at least 10 characters)',
  })
  @MaxLength(TEXT_LIMITS.justification)
  @IsStorableText()
  categoryJustification?: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: TEXT_LIMITS.excerpt })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.excerpt)
  @IsStorableText()
  excerpt!: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: TEXT_LIMITS.summary })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.summary)
  @IsStorableText()
  summary!: string;

  @ApiProperty({ type: () => [IdentityMatchDto], minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1, {
    message:
      'identityMatches must record at least one identifier tying the content to the candidate',
  })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IdentityMatchDto)
  identityMatches!: IdentityMatchDto[];

  @ApiPropertyOptional({ type: String, maxLength: TEXT_LIMITS.mitigation })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.mitigation)
  @IsStorableText()
  mitigation?: string;
}

export class CreateValidationDto {
  @ApiProperty({ enum: VALIDATION_STATUSES })
  @IsIn(VALIDATION_STATUSES, { message: `status must be one of ${VALIDATION_STATUSES.join(', ')}` })
  status!: ValidationStatus;

  @ApiProperty({ type: String, minLength: 3, maxLength: 500 })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  method!: string;

  @ApiProperty({ type: String, minLength: 3, maxLength: 5000 })
  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  notes!: string;
}

export class EvidenceView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  sha256!: string;
  @ApiProperty({ type: Number })
  size!: number;
  @ApiProperty({ type: String })
  contentType!: string;
}

export class ValidationView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  validatorId!: string;
  @ApiProperty({ enum: VALIDATION_STATUSES })
  status!: ValidationStatus;
  @ApiProperty({ type: String })
  method!: string;
  @ApiProperty({ type: String })
  notes!: string;
  @ApiProperty({ type: Boolean })
  selfValidated!: boolean;
  @ApiProperty({ type: Date })
  createdAt!: Date;
  /** When a change to the finding's text or identity matches voided this validation (null: it stands). */
  @ApiProperty({
    type: Date,
    nullable: true,
    description:
      "When a change to the finding's text or identity matches voided this validation (null: it stands).",
  })
  voidedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true })
  voidReason!: string | null;
}

/** A candidate's response to a finding, as recorded (raw: the filter has not been applied). */
export class RawCandidateResponseView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: Date })
  receivedAt!: Date;
  @ApiProperty({ type: String })
  text!: string;
  @ApiProperty({ type: String, format: 'uuid' })
  recordedBy!: string;
  @ApiProperty({ type: Date })
  createdAt!: Date;
}

/** A finding as a designated searcher sees it: raw content included (every read is audited). */
export class RawFindingView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  vettingId!: string;
  @ApiProperty({ type: String })
  itemKey!: string;
  @ApiProperty({ type: String })
  authorId!: string;
  @ApiProperty({ type: String, nullable: true })
  sourceUrl!: string | null;
  @ApiProperty({ type: String })
  platform!: string;
  @ApiProperty({ type: Date })
  capturedAt!: Date;
  @ApiProperty({ type: String, nullable: true })
  contentDate!: string | null;
  @ApiProperty({ type: String })
  method!: string;
  @ApiProperty({ type: String })
  category!: string;
  @ApiProperty({ type: String, nullable: true })
  categoryJustification!: string | null;
  @ApiProperty({ type: String, nullable: true })
  excerpt!: string | null;
  @ApiProperty({ type: String })
  summary!: string;
  @ApiProperty({ type: String, nullable: true })
  mitigation!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'The latest candidate response: the text screened (field candidateResponse) and shown to the panel',
  })
  candidateResponse!: string | null;
  @ApiProperty({
    type: () => [RawCandidateResponseView],
    description: 'Every candidate response recorded for the finding, oldest first',
  })
  candidateResponses!: RawCandidateResponseView[];
  @ApiProperty({ type: () => [IdentityMatchDto] })
  identityMatches!: IdentityMatchDto[];
  @ApiProperty({ type: () => [EvidenceView] })
  evidence!: EvidenceView[];
  /** Every validation, voided ones included (they are evidence). */
  @ApiProperty({
    type: () => [ValidationView],
    description: 'Every validation, voided ones included (they are evidence).',
  })
  validations!: ValidationView[];
  /** The latest validation that still stands; null when there is none (e.g. all voided by a change). */
  @ApiProperty({
    enum: VALIDATION_STATUSES,
    nullable: true,
    description:
      'The latest validation that still stands; null when there is none (e.g. all voided by a change).',
  })
  validationStatus!: ValidationStatus | null;
  @ApiProperty({ type: Date, nullable: true })
  purgedAt!: Date | null;
  @ApiProperty({ type: Date })
  createdAt!: Date;
}

/** A finding as ADMIN and AUDITOR see it: status and metadata, no raw content. */
export class FindingMetadataView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  itemKey!: string;
  @ApiProperty({ type: String })
  authorId!: string;
  @ApiProperty({ type: String })
  platform!: string;
  @ApiProperty({ type: Date })
  capturedAt!: Date;
  @ApiProperty({ type: String })
  method!: string;
  @ApiProperty({ type: String })
  category!: string;
  @ApiProperty({ type: [String] })
  identityMatchTypes!: string[];
  @ApiProperty({ type: Number })
  evidenceCount!: number;
  /** The latest validation that still stands; null when there is none (e.g. all voided by a change). */
  @ApiProperty({
    enum: VALIDATION_STATUSES,
    nullable: true,
    description:
      'The latest validation that still stands; null when there is none (e.g. all voided by a change).',
  })
  validationStatus!: ValidationStatus | null;
  @ApiProperty({ type: Date })
  createdAt!: Date;
}
