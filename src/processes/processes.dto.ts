import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class CreateProcessDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ type: String, maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @IsBoolean()
  requireIndependentValidation?: boolean;

  /** Required when requireIndependentValidation is false: why this process may self-validate. */
  @ApiPropertyOptional({
    type: String,
    minLength: 10,
    maxLength: 2000,
    description:
      'Required when requireIndependentValidation is false: why this process may self-validate.',
  })
  @ValidateIf((o: CreateProcessDto) => o.requireIndependentValidation === false)
  @IsString({
    message: 'independenceRelaxedReason is required when requireIndependentValidation is false',
  })
  @MinLength(10, {
    message: 'independenceRelaxedReason must explain the reason (at least 10 characters)',
  })
  @MaxLength(2000)
  independenceRelaxedReason?: string;

  /** The filter review of a finding by a designated searcher other than its author (default true). */
  @ApiPropertyOptional({
    type: Boolean,
    description:
      'The filter review of a finding must be done by a designated searcher other than its author (default true).',
  })
  @IsOptional()
  @IsBoolean()
  requireIndependentFilterReview?: boolean;

  /** Required when requireIndependentFilterReview is false: why authors may review their own findings. */
  @ApiPropertyOptional({
    type: String,
    minLength: 10,
    maxLength: 2000,
    description:
      'Required when requireIndependentFilterReview is false: why authors may filter-review their own findings.',
  })
  @ValidateIf((o: CreateProcessDto) => o.requireIndependentFilterReview === false)
  @IsString({
    message: 'filterReviewRelaxedReason is required when requireIndependentFilterReview is false',
  })
  @MinLength(10, {
    message: 'filterReviewRelaxedReason must explain the reason (at least 10 characters)',
  })
  @MaxLength(2000)
  filterReviewRelaxedReason?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 9 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  minIdentityMatches?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  searchWindowYears?: number;
}

/**
 * `PATCH /api/processes/:id`: the settings, with the same bounds as at creation. Omitted fields
 * keep their value. Once any vetting has started the settings are fixed (policy IV.B.9).
 */
export class UpdateProcessSettingsDto {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 50 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  searchWindowYears?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 9 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  minIdentityMatches?: number;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @IsBoolean()
  requireIndependentValidation?: boolean;

  @ApiPropertyOptional({
    type: String,
    minLength: 10,
    maxLength: 2000,
    description:
      'Required when independent validation is relaxed (unless the process already records one); refused when it is required',
  })
  @IsOptional()
  @IsString()
  @MinLength(10, {
    message: 'independenceRelaxedReason must explain the reason (at least 10 characters)',
  })
  @MaxLength(2000)
  independenceRelaxedReason?: string;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @IsBoolean()
  requireIndependentFilterReview?: boolean;

  @ApiPropertyOptional({
    type: String,
    minLength: 10,
    maxLength: 2000,
    description:
      'Required when independent filter review is relaxed (unless the process already records one); refused when it is required',
  })
  @IsOptional()
  @IsString()
  @MinLength(10, {
    message: 'filterReviewRelaxedReason must explain the reason (at least 10 characters)',
  })
  @MaxLength(2000)
  filterReviewRelaxedReason?: string;
}

export class ChecklistItemDto {
  @ApiProperty({ type: String, pattern: '^[a-z0-9][a-z0-9._-]{0,63}$' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{0,63}$/i, {
    message: 'key must be 1-64 letters, digits, dots, dashes or underscores',
  })
  key!: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  platform!: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: 5000 })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  instructions!: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', maxLength: 200 },
    maxItems: 50,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  searchTerms?: string[];
}

export class PutChecklistDto {
  @ApiProperty({ type: () => [ChecklistItemDto], minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemDto)
  items!: ChecklistItemDto[];
}

export class CreateCandidateDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', maxLength: 200 },
    maxItems: 20,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ type: String, format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'dateOfBirth must be a date (YYYY-MM-DD)' })
  dateOfBirth?: string;

  @ApiPropertyOptional({ type: String, maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @ApiPropertyOptional({ type: String, maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  state?: string;

  @ApiPropertyOptional({ type: String, maxLength: 254, format: 'email' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', maxLength: 200 },
    maxItems: 50,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  providedHandles?: string[];

  /** When the candidate was told public content will be reviewed and no account access asked for. */
  @ApiProperty({
    type: String,
    format: 'date-time',
    description:
      'When the candidate was told public content will be reviewed and no account access asked for.',
  })
  @IsISO8601({ strict: true }, { message: 'consentRecordedAt must be an ISO-8601 date-time' })
  consentRecordedAt!: string;
}

export class PanelMemberDto {
  @ApiProperty({ type: String, format: 'uuid' })
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;
}

export class ChecklistItemView {
  @ApiProperty({ type: String })
  key!: string;
  @ApiProperty({ type: String })
  title!: string;
  @ApiProperty({ type: String })
  platform!: string;
  @ApiProperty({ type: String })
  instructions!: string;
  @ApiProperty({ type: [String] })
  searchTerms!: string[];
}

export class ChecklistView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: Number })
  version!: number;
  @ApiProperty({ type: Date })
  createdAt!: Date;
  @ApiProperty({ type: () => [ChecklistItemView] })
  items!: ChecklistItemView[];
}

export class ProcessView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  title!: string;
  @ApiProperty({ type: String, nullable: true })
  description!: string | null;
  @ApiProperty({ type: Boolean })
  requireIndependentValidation!: boolean;
  @ApiProperty({ type: String, nullable: true })
  independenceRelaxedReason!: string | null;
  /** The filter review must be done by someone other than the finding's author. */
  @ApiProperty({ type: Boolean })
  requireIndependentFilterReview!: boolean;
  @ApiProperty({ type: String, nullable: true })
  filterReviewRelaxedReason!: string | null;
  @ApiProperty({ type: Number })
  minIdentityMatches!: number;
  @ApiProperty({ type: Number })
  searchWindowYears!: number;
  @ApiProperty({ type: String })
  status!: string;
  @ApiProperty({ type: Date, nullable: true })
  closedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true })
  checklistLockedAt!: Date | null;
  @ApiProperty({ type: () => ChecklistView, nullable: true })
  checklist!: ChecklistView | null;
  @ApiProperty({ type: Date })
  createdAt!: Date;
}

export class CandidateView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String })
  fullName!: string;
  @ApiProperty({ type: [String] })
  aliases!: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true })
  dateOfBirth!: string | null;
  @ApiProperty({ type: String, nullable: true })
  city!: string | null;
  @ApiProperty({ type: String, nullable: true })
  state!: string | null;
  @ApiProperty({ type: String, nullable: true })
  email!: string | null;
  @ApiProperty({ type: [String] })
  providedHandles!: string[];
  @ApiProperty({ type: String, format: 'date-time' })
  consentRecordedAt!: Date;
  @ApiProperty({ type: Boolean })
  confidentialityRequested!: boolean;
  @ApiProperty({ type: Boolean })
  finalCandidate!: boolean;
}

export class NewVettingView {
  @ApiProperty({ type: String, format: 'uuid', description: 'The vetting id' })
  id!: string;
  @ApiProperty({ type: () => CandidateView })
  candidate!: CandidateView;
  @ApiProperty({ type: String })
  status!: string;
  /** The checklist version number this vetting is searched against (null until a checklist exists). */
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'The checklist version number this vetting is searched against (null until a checklist exists).',
  })
  checklistVersion!: number | null;
}
