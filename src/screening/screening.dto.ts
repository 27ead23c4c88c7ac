import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsStorableText } from '../common/storable-text';
import { TEXT_LIMITS } from '../findings/findings.dto';
import { PROTECTED_CLASSES } from './detector/protected-class';
import { FilterAction, SCREENED_FIELDS, ScreenedField } from './screening.entity';

export class FilterDecisionDto {
  @ApiProperty({ type: String, format: 'uuid' })
  @IsUUID('all', { message: 'flagId must be a UUID' })
  flagId!: string;

  @ApiProperty({ enum: ['REDACT', 'KEEP'] })
  @IsIn(['REDACT', 'KEEP'], { message: 'action must be REDACT or KEEP' })
  action!: FilterAction;

  /** Required for KEEP: why the text is needed to describe job-relevant conduct. */
  @ApiPropertyOptional({
    type: String,
    minLength: 10,
    maxLength: 2000,
    description: 'Required for KEEP: why the text is needed to describe job-relevant conduct.',
  })
  @ValidateIf((o: FilterDecisionDto) => o.action === 'KEEP' || o.justification !== undefined)
  @IsString({
    message:
      'justification is required for KEEP: say why the text is needed to describe job-relevant conduct',
  })
  @MinLength(10, {
    message:
      'justification is required for KEEP: say why the text is needed to describe job-relevant conduct (at least 10 characters)',
  })
  @MaxLength(2000)
  @IsStorableText()
  justification?: string;
}

export class ExtraRedactionDto {
  @ApiProperty({ enum: SCREENED_FIELDS })
  @IsIn(SCREENED_FIELDS, { message: `field must be one of ${SCREENED_FIELDS.join(', ')}` })
  field!: ScreenedField;

  @ApiProperty({ type: 'integer', minimum: 0 })
  @IsInt()
  @Min(0)
  start!: number;

  @ApiProperty({ type: 'integer', minimum: 1 })
  @IsInt()
  @Min(1)
  end!: number;

  /**
   * The protected class the span reveals. Required when the span overlaps no detector flag (a
   * miss): it is recorded so the rules can learn from it.
   */
  @ApiPropertyOptional({
    enum: PROTECTED_CLASSES,
    description:
      'The protected class the span reveals; required when the span overlaps no detector flag (a miss the rules can learn from).',
  })
  @IsOptional()
  @IsIn(PROTECTED_CLASSES, { message: `class must be one of ${PROTECTED_CLASSES.join(', ')}` })
  class?: string;
}

export class FilterReviewDto {
  /** The reviewer confirms having read every field of the finding in full, not only the flags. */
  @ApiProperty({
    type: Boolean,
    enum: [true],
    description: 'Must be true: the reviewer read every field of the finding in full',
  })
  @Equals(true, {
    message: 'readAllFieldsConfirmed must be true: confirm you read every field in full',
  })
  readAllFieldsConfirmed!: boolean;

  @ApiProperty({ type: () => [FilterDecisionDto], maxItems: 1000 })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => FilterDecisionDto)
  decisions!: FilterDecisionDto[];

  @ApiPropertyOptional({ type: () => [ExtraRedactionDto], maxItems: 200 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ExtraRedactionDto)
  extraRedactions?: ExtraRedactionDto[];
}

export class CandidateResponseDto {
  @ApiProperty({ type: String, format: 'date-time' })
  @IsISO8601({ strict: true }, { message: 'receivedAt must be an ISO-8601 date-time' })
  receivedAt!: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: TEXT_LIMITS.mitigation })
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.mitigation)
  @IsStorableText()
  text!: string;
}

export class UpdateFindingTextDto {
  @ApiPropertyOptional({ type: String, minLength: 1, maxLength: TEXT_LIMITS.summary })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.summary)
  @IsStorableText()
  summary?: string;

  @ApiPropertyOptional({ type: String, minLength: 1, maxLength: TEXT_LIMITS.excerpt })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.excerpt)
  @IsStorableText()
  excerpt?: string;

  @ApiPropertyOptional({ type: String, maxLength: TEXT_LIMITS.mitigation })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.mitigation)
  @IsStorableText()
  mitigation?: string;
}

export class FlagView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ enum: SCREENED_FIELDS })
  field!: ScreenedField;
  @ApiProperty({ type: String })
  class!: string;
  @ApiProperty({ type: Number })
  start!: number;
  @ApiProperty({ type: Number })
  end!: number;
  @ApiProperty({ type: String, nullable: true })
  text!: string | null;
  @ApiProperty({ type: String })
  ruleId!: string;
  @ApiProperty({ type: String })
  rulesVersion!: string;
}

export class ScreeningView {
  @ApiProperty({ enum: ['PENDING', 'DONE'] })
  status!: 'PENDING' | 'DONE';
  @ApiProperty({ type: Number })
  textVersion!: number;
  @ApiProperty({ type: String, nullable: true })
  rulesVersion!: string | null;
  @ApiProperty({ type: () => [FlagView] })
  flags!: FlagView[];
  /** The class list a reviewer picks from for a redaction the detector missed. */
  @ApiProperty({ enum: PROTECTED_CLASSES, isArray: true })
  protectedClasses!: string[];
}

export class FilteredTextView {
  @ApiProperty({ type: String })
  summary!: string;
  @ApiProperty({ type: String, nullable: true })
  excerpt!: string | null;
  @ApiProperty({ type: String, nullable: true })
  mitigation!: string | null;
  @ApiProperty({ type: String, nullable: true })
  candidateResponse!: string | null;
}

export class FilterReviewView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: Number })
  textVersion!: number;
  /** When the reviewer confirmed reading every field in full. */
  @ApiProperty({ type: String, format: 'date-time' })
  readAllFieldsConfirmedAt!: Date;
  @ApiProperty({ type: Number })
  redacted!: number;
  @ApiProperty({ type: Number })
  kept!: number;
  @ApiProperty({ type: Number })
  extraRedactions!: number;
  /** Of the extra redactions, those overlapping no detector flag: recorded as detector misses. */
  @ApiProperty({ type: Number })
  missesRecorded!: number;
  /** True when the reviewer is the finding's author (only where the process relaxed independent review). */
  @ApiProperty({ type: Boolean })
  selfReviewed!: boolean;
  @ApiProperty({ type: () => FilteredTextView })
  preview!: FilteredTextView;
}

/** The answer to recording a candidate's response: the text starts a new screening. */
export class CandidateResponseView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, format: 'uuid' })
  findingId!: string;
  @ApiProperty({ type: Date })
  receivedAt!: Date;
  @ApiProperty({ type: Number })
  textVersion!: number;
  @ApiProperty({ enum: ['PENDING'] })
  screening!: 'PENDING';
}
