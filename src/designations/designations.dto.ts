import { IsDateString, IsISO8601, IsString, MaxLength, MinLength } from 'class-validator';

export class DesignateDto {
  /** When the person acknowledged in writing that searcher work is a sensitive position. */
  @IsISO8601({ strict: true }, { message: 'acknowledgedAt must be an ISO-8601 date-time' })
  acknowledgedAt!: string;

  @IsDateString({ strict: true }, { message: 'trainingCompletedOn must be a date (YYYY-MM-DD)' })
  trainingCompletedOn!: string;

  @IsDateString({ strict: true }, { message: 'expiresOn must be a date (YYYY-MM-DD)' })
  expiresOn!: string;
}

export class RevokeDesignationDto {
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason!: string;
}

export class DesignationView {
  id!: string;
  userId!: string;
  designatedBy!: string;
  designatedAt!: Date;
  acknowledgedAt!: Date;
  trainingCompletedOn!: string;
  expiresOn!: string;
  revokedAt!: Date | null;
  revokedBy!: string | null;
  revokeReason!: string | null;
  /** Active right now: acknowledged, not expired, not revoked. */
  active!: boolean;
}
