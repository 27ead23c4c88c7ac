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
  @IsIn(IDENTITY_MATCH_TYPES, {
    message: `identityMatches type must be one of ${IDENTITY_MATCH_TYPES.join(', ')}`,
  })
  type!: IdentityMatchType;

  @IsString()
  @IsStorableText()
  @MinLength(1)
  @MaxLength(500)
  detail!: string;
}

export class CreateFindingDto {
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  itemKey!: string;

  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'sourceUrl must be an http or https URL' },
  )
  @MaxLength(2048)
  sourceUrl!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  platform!: string;

  @IsISO8601({ strict: true }, { message: 'capturedAt must be an ISO-8601 date-time' })
  capturedAt!: string;

  /** When the content was posted or published, if known; the process's search window applies to it. */
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'contentDate must be a date (YYYY-MM-DD)' })
  contentDate?: string;

  @IsIn(SEARCH_METHODS, { message: `method must be one of ${SEARCH_METHODS.join(', ')}` })
  method!: SearchMethod;

  @IsIn(FINDING_CATEGORIES, { message: `category must be one of ${FINDING_CATEGORIES.join(', ')}` })
  category!: FindingCategory;

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

  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.excerpt)
  @IsStorableText()
  excerpt!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.summary)
  @IsStorableText()
  summary!: string;

  @IsArray()
  @ArrayMinSize(1, {
    message:
      'identityMatches must record at least one identifier tying the content to the candidate',
  })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => IdentityMatchDto)
  identityMatches!: IdentityMatchDto[];

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.mitigation)
  @IsStorableText()
  mitigation?: string;
}

export class CreateValidationDto {
  @IsIn(VALIDATION_STATUSES, { message: `status must be one of ${VALIDATION_STATUSES.join(', ')}` })
  status!: ValidationStatus;

  @IsString()
  @MinLength(3)
  @MaxLength(500)
  method!: string;

  @IsString()
  @MinLength(3)
  @MaxLength(5000)
  notes!: string;
}

export class EvidenceView {
  id!: string;
  sha256!: string;
  size!: number;
  contentType!: string;
}

export class ValidationView {
  id!: string;
  validatorId!: string;
  status!: ValidationStatus;
  method!: string;
  notes!: string;
  selfValidated!: boolean;
  createdAt!: Date;
  /** When a change to the finding's text or identity matches voided this validation (null: it stands). */
  voidedAt!: Date | null;
  voidReason!: string | null;
}

/** A finding as a designated searcher sees it: raw content included (every read is audited). */
export class RawFindingView {
  id!: string;
  vettingId!: string;
  itemKey!: string;
  authorId!: string;
  sourceUrl!: string | null;
  platform!: string;
  capturedAt!: Date;
  contentDate!: string | null;
  method!: string;
  category!: string;
  categoryJustification!: string | null;
  excerpt!: string | null;
  summary!: string;
  mitigation!: string | null;
  identityMatches!: IdentityMatchDto[];
  evidence!: EvidenceView[];
  /** Every validation, voided ones included (they are evidence). */
  validations!: ValidationView[];
  /** The latest validation that still stands; null when there is none (e.g. all voided by a change). */
  validationStatus!: ValidationStatus | null;
  purgedAt!: Date | null;
  createdAt!: Date;
}

/** A finding as ADMIN and AUDITOR see it: status and metadata, no raw content. */
export class FindingMetadataView {
  id!: string;
  itemKey!: string;
  authorId!: string;
  platform!: string;
  capturedAt!: Date;
  method!: string;
  category!: string;
  identityMatchTypes!: string[];
  evidenceCount!: number;
  /** The latest validation that still stands; null when there is none (e.g. all voided by a change). */
  validationStatus!: ValidationStatus | null;
  createdAt!: Date;
}
