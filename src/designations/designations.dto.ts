import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsISO8601, IsString, MaxLength, MinLength } from 'class-validator';

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
