import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
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
} from 'class-validator';
import { AuditOutcome } from './audit-event.entity';

export const AUDIT_PAGE_MAX = 500;
export const AUDIT_PAGE_DEFAULT = 100;
const OUTCOMES: AuditOutcome[] = ['ALLOWED', 'DENIED', 'FAILED'];

/**
 * Filters of `GET /api/audit`. Every filter is optional and they combine with AND. Unknown
 * parameters are refused by the global ValidationPipe (forbidNonWhitelisted).
 */
export class AuditQueryDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'The acting user (uuid)' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @ApiPropertyOptional({
    type: String,
    minLength: 1,
    maxLength: 200,
    description: 'Exact action, e.g. report.view',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  action?: string;

  @ApiPropertyOptional({
    type: String,
    minLength: 1,
    maxLength: 200,
    description: 'Exact subject type, e.g. report',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  subjectType?: string;

  @ApiPropertyOptional({
    type: String,
    minLength: 1,
    maxLength: 500,
    description: 'Exact subject id',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  subjectId?: string;

  @ApiPropertyOptional({ enum: OUTCOMES })
  @IsOptional()
  @IsIn(OUTCOMES, { message: `outcome must be one of ${OUTCOMES.join(', ')}` })
  outcome?: AuditOutcome;

  @ApiPropertyOptional({
    description: 'ISO-8601 timestamp, inclusive (occurred_at >= from); no offset means UTC',
  })
  @IsOptional()
  @IsISO8601(
    { strict: true, strictSeparator: true },
    { message: 'from must be an ISO-8601 timestamp' },
  )
  from?: string;

  @ApiPropertyOptional({
    description: 'ISO-8601 timestamp, exclusive (occurred_at < to); no offset means UTC',
  })
  @IsOptional()
  @IsISO8601(
    { strict: true, strictSeparator: true },
    { message: 'to must be an ISO-8601 timestamp' },
  )
  to?: string;

  @ApiPropertyOptional({
    type: String,
    pattern: '^[A-Za-z0-9_-]{1,64}$',
    description: 'The nextCursor of the previous page, as returned (opaque)',
  })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'cursor is not a cursor returned by this endpoint' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_PAGE_MAX, default: AUDIT_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(AUDIT_PAGE_MAX, { message: `limit must be at most ${AUDIT_PAGE_MAX}` })
  limit?: number;
}

export class AuditEventView {
  @ApiProperty({ type: Number })
  seq!: number;
  @ApiProperty({ type: Date })
  occurredAt!: Date;
  @ApiProperty({ type: String, nullable: true })
  actorId!: string | null;
  @ApiProperty({ type: [String] })
  actorRoles!: string[];
  @ApiProperty({ type: String })
  action!: string;
  @ApiProperty({ type: String })
  subjectType!: string;
  @ApiProperty({ type: String, nullable: true })
  subjectId!: string | null;
  @ApiProperty({ enum: OUTCOMES })
  outcome!: AuditOutcome;
  @ApiProperty({ type: 'object', additionalProperties: true })
  details!: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true })
  requestId!: string | null;
  @ApiProperty({ type: String, nullable: true })
  clientIp!: string | null;
  @ApiProperty({ type: String })
  prevHash!: string;
  @ApiProperty({ type: String })
  hash!: string;
}

export class AuditPage {
  @ApiProperty({ type: [AuditEventView] })
  events!: AuditEventView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null when there is no more yet',
  })
  nextCursor!: string | null;

  @ApiProperty({
    type: Number,
    description:
      'Committed events matching the filters that are not sequenced yet, so not listed; they appear, with their seq, within seconds',
  })
  pending!: number;
}
