import { ApiProperty } from '@nestjs/swagger';
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
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @IsOptional()
  @IsBoolean()
  requireIndependentValidation?: boolean;

  /** Required when requireIndependentValidation is false: why this process may self-validate. */
  @ValidateIf((o: CreateProcessDto) => o.requireIndependentValidation === false)
  @IsString({
    message: 'independenceRelaxedReason is required when requireIndependentValidation is false',
  })
  @MinLength(10, {
    message: 'independenceRelaxedReason must explain the reason (at least 10 characters)',
  })
  @MaxLength(2000)
  independenceRelaxedReason?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  minIdentityMatches?: number;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  searchWindowYears?: number;
}

export class ChecklistItemDto {
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{0,63}$/i, {
    message: 'key must be 1-64 letters, digits, dots, dashes or underscores',
  })
  key!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(100)
  platform!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  instructions!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  searchTerms?: string[];
}

export class PutChecklistDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ChecklistItemDto)
  items!: ChecklistItemDto[];
}

export class CreateCandidateDto {
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  aliases?: string[];

  @IsOptional()
  @IsDateString({ strict: true }, { message: 'dateOfBirth must be a date (YYYY-MM-DD)' })
  dateOfBirth?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  state?: string;

  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  providedHandles?: string[];

  /** When the candidate was told public content will be reviewed and no account access asked for. */
  @IsISO8601({ strict: true }, { message: 'consentRecordedAt must be an ISO-8601 date-time' })
  consentRecordedAt!: string;
}

export class PanelMemberDto {
  @IsUUID('all', { message: 'userId must be a UUID' })
  userId!: string;
}

export class ChecklistItemView {
  key!: string;
  title!: string;
  platform!: string;
  instructions!: string;
  searchTerms!: string[];
}

export class ChecklistView {
  id!: string;
  version!: number;
  createdAt!: Date;
  items!: ChecklistItemView[];
}

export class ProcessView {
  id!: string;
  title!: string;
  description!: string | null;
  requireIndependentValidation!: boolean;
  independenceRelaxedReason!: string | null;
  minIdentityMatches!: number;
  searchWindowYears!: number;
  status!: string;
  closedAt!: Date | null;
  checklistLockedAt!: Date | null;
  checklist!: ChecklistView | null;
  createdAt!: Date;
}

export class CandidateView {
  @ApiProperty({ format: 'uuid' })
  id!: string;
  @ApiProperty()
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
  @ApiProperty()
  confidentialityRequested!: boolean;
  @ApiProperty()
  finalCandidate!: boolean;
}

export class NewVettingView {
  @ApiProperty({ format: 'uuid', description: 'The vetting id' })
  id!: string;
  @ApiProperty({ type: CandidateView })
  candidate!: CandidateView;
  @ApiProperty()
  status!: string;
  /** The checklist version number this vetting is searched against (null until a checklist exists). */
  @ApiProperty({ type: Number, nullable: true })
  checklistVersion!: number | null;
}
