import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDateString,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class DesignateDto {
  /** When the person acknowledged in writing that searcher work is a sensitive position. */
  @ApiProperty({
    type: String,
    format: 'date-time',
    description:
      'When the person acknowledged in writing that searcher work is a sensitive position.',
  })
  @IsISO8601({ strict: true }, { message: 'acknowledgedAt must be an ISO-8601 date-time' })
  acknowledgedAt!: string;

  @ApiProperty({ type: String, format: 'date' })
  @IsDateString({ strict: true }, { message: 'trainingCompletedOn must be a date (YYYY-MM-DD)' })
  trainingCompletedOn!: string;

  @ApiProperty({ type: String, format: 'date' })
  @IsDateString({ strict: true }, { message: 'expiresOn must be a date (YYYY-MM-DD)' })
  expiresOn!: string;
}

export class RevokeDesignationDto {
  @ApiProperty({ type: String, minLength: 3, maxLength: 2000 })
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}

export class DesignationView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  userId!: string;
  @ApiProperty({ type: String })
  designatedBy!: string;
  @ApiProperty({ type: Date })
  designatedAt!: Date;
  @ApiProperty({ type: Date })
  acknowledgedAt!: Date;
  @ApiProperty({ type: String })
  trainingCompletedOn!: string;
  @ApiProperty({ type: String })
  expiresOn!: string;
  @ApiProperty({ type: Date, nullable: true })
  revokedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true })
  revokedBy!: string | null;
  @ApiProperty({ type: String, nullable: true })
  revokeReason!: string | null;
  /** Active right now: acknowledged, not expired, not revoked. */
  @ApiProperty({
    type: Boolean,
    description: 'Active right now: acknowledged, not expired, not revoked.',
  })
  active!: boolean;
}

/** `GET /api/designations?expiringWithinDays=30`. Unknown parameters are refused (400). */
export class DesignationListQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 366,
    description:
      'Only designations in force (unrevoked, not yet expired) that expire within this many days',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'expiringWithinDays must be a whole number of days' })
  @Min(0)
  @Max(366)
  expiringWithinDays?: number;
}

/** A designation with the names an administrator needs to read the list. */
export class DesignationListItem extends DesignationView {
  @ApiProperty({ type: String })
  userName!: string;
  @ApiProperty({ type: String })
  userEmail!: string;
  @ApiProperty({ type: String })
  designatedByName!: string;
  @ApiProperty({ type: String, nullable: true })
  revokedByName!: string | null;
  /** Days from today until expiresOn (negative once expired). */
  @ApiProperty({
    type: 'integer',
    description: 'Days from today until expiresOn (negative once expired)',
  })
  daysUntilExpiry!: number;
}
