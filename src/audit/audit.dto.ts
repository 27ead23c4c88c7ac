import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const CHAIN_BREAKS = ['GAP', 'PREV_HASH_MISMATCH', 'HASH_MISMATCH'];

/** The earlier recorded verification run a new one was compared with. */
export class ComparedRunView {
  @ApiProperty({ type: Date })
  ranAt!: Date;
  @ApiProperty({ type: Number })
  count!: number;
  @ApiProperty({ type: Number })
  headSeq!: number;
  @ApiProperty({ type: String })
  headHash!: string;
}

/** `GET /api/audit/verify`: mirrors VerificationReport (audit-verification.service.ts). */
export class VerificationReportView {
  @ApiProperty({ type: Boolean })
  intact!: boolean;
  @ApiProperty({ type: Number })
  count!: number;
  @ApiProperty({ type: Number })
  headSeq!: number;
  @ApiProperty({ type: String })
  headHash!: string;
  @ApiPropertyOptional({ type: Number, description: 'The first seq whose link is broken' })
  brokenAtSeq?: number;
  @ApiPropertyOptional({ enum: CHAIN_BREAKS })
  reason?: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Set when the log disagrees with an earlier recorded head (truncated or rewritten tail).',
  })
  tampering!: string | null;
  @ApiProperty({
    type: () => ComparedRunView,
    nullable: true,
    description: 'The earlier recorded run this one was compared with.',
  })
  comparedWith!: ComparedRunView | null;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description: 'The recorded run in the verification history',
  })
  runId?: string;
  @ApiProperty({
    type: Number,
    description:
      'Committed events not yet sequenced into the chain (so not covered by this verification); the sequencer chains them within seconds',
  })
  pending!: number;
  @ApiProperty({
    type: Date,
    nullable: true,
    description: 'When the oldest event still waiting to be sequenced happened, or null',
  })
  oldestPendingAt!: Date | null;
}

/** One recorded verification run (`GET /api/audit/verifications`), as the entity serialises. */
export class VerificationRunView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: Date })
  ranAt!: Date;
  @ApiProperty({ enum: ['NIGHTLY', 'MANUAL', 'CLI'] })
  trigger!: string;
  @ApiProperty({ type: Boolean })
  intact!: boolean;
  @ApiProperty({ type: Number })
  count!: number;
  @ApiProperty({ type: Number })
  headSeq!: number;
  @ApiProperty({ type: String })
  headHash!: string;
  @ApiProperty({ type: Number, nullable: true })
  brokenAtSeq!: number | null;
  @ApiProperty({ enum: CHAIN_BREAKS, nullable: true })
  reason!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Set when this run disagrees with an earlier recorded head.',
  })
  tampering!: string | null;
}
