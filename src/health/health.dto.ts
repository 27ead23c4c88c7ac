import { ApiProperty } from '@nestjs/swagger';
import { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

export class LiveView {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
}

const INDICATOR: SchemaObject = {
  type: 'object',
  properties: { status: { type: 'string', enum: ['up', 'down'] } },
  required: ['status'],
  additionalProperties: true,
};

const INDICATORS = {
  type: 'object',
  nullable: true,
  additionalProperties: INDICATOR,
} as const;

/** Terminus's health check result when every dependency is up (PostgreSQL, Redis). */
export class ReadyView {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';
  @ApiProperty({ ...INDICATORS, description: 'The dependencies that are up' })
  info!: Record<string, { status: string }> | null;
  @ApiProperty({ ...INDICATORS, description: 'The dependencies that are down (empty when ready)' })
  error!: Record<string, { status: string }> | null;
  @ApiProperty({ ...INDICATORS, nullable: false, description: 'Every dependency checked' })
  details!: Record<string, { status: string }>;
}
