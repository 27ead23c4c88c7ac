import { ApiProperty } from '@nestjs/swagger';
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
import { TEXT_LIMITS } from '../findings/findings.dto';
import { FilterAction, SCREENED_FIELDS, ScreenedField } from './screening.entity';

export class FilterDecisionDto {
  @IsUUID('all', { message: 'flagId must be a UUID' })
  flagId!: string;

  @IsIn(['REDACT', 'KEEP'], { message: 'action must be REDACT or KEEP' })
  action!: FilterAction;

  /** Required for KEEP: why the text is needed to describe job-relevant conduct. */
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
  justification?: string;
}

export class ExtraRedactionDto {
  @IsIn(SCREENED_FIELDS, { message: `field must be one of ${SCREENED_FIELDS.join(', ')}` })
  field!: ScreenedField;

  @IsInt()
  @Min(0)
  start!: number;

  @IsInt()
  @Min(1)
  end!: number;
}

export class FilterReviewDto {
  /** The reviewer confirms having read every field of the finding in full, not only the flags. */
  @ApiProperty({
    enum: [true],
    description: 'Must be true: the reviewer read every field of the finding in full',
  })
  @Equals(true, {
    message: 'readAllFieldsConfirmed must be true: confirm you read every field in full',
  })
  readAllFieldsConfirmed!: boolean;

  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => FilterDecisionDto)
  decisions!: FilterDecisionDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ExtraRedactionDto)
  extraRedactions?: ExtraRedactionDto[];
}

export class CandidateResponseDto {
  @IsISO8601({ strict: true }, { message: 'receivedAt must be an ISO-8601 date-time' })
  receivedAt!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.mitigation)
  text!: string;
}

export class UpdateFindingTextDto {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.summary)
  summary?: string;

  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(TEXT_LIMITS.excerpt)
  excerpt?: string;

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_LIMITS.mitigation)
  mitigation?: string;
}

export class FlagView {
  id!: string;
  @ApiProperty({ enum: SCREENED_FIELDS })
  field!: ScreenedField;
  class!: string;
  start!: number;
  end!: number;
  text!: string | null;
  ruleId!: string;
  rulesVersion!: string;
}

export class ScreeningView {
  @ApiProperty({ enum: ['PENDING', 'DONE'] })
  status!: 'PENDING' | 'DONE';
  textVersion!: number;
  rulesVersion!: string | null;
  flags!: FlagView[];
}

export class FilteredTextView {
  summary!: string;
  excerpt!: string | null;
  mitigation!: string | null;
  candidateResponse!: string | null;
}

export class FilterReviewView {
  id!: string;
  textVersion!: number;
  /** When the reviewer confirmed reading every field in full. */
  @ApiProperty({ type: String, format: 'date-time' })
  readAllFieldsConfirmedAt!: Date;
  redacted!: number;
  kept!: number;
  extraRedactions!: number;
  preview!: FilteredTextView;
}
