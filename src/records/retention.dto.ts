import { ApiProperty } from '@nestjs/swagger';

/** What the next retention purge would remove and why, and which expired records a hold keeps. */
export const PURGE_ITEM_TYPES = [
  'FINDING_EXCERPT',
  'FINDING_URL',
  'EVIDENCE_FILE',
  'CAPTURE_URL',
  'CAPTURE_MANIFEST',
] as const;
export type PurgeItemType = (typeof PURGE_ITEM_TYPES)[number];

export class RetentionPreviewItem {
  @ApiProperty({ enum: PURGE_ITEM_TYPES })
  subjectType!: PurgeItemType;
  /** The finding (excerpt, URL), the evidence file or the server capture (its URLs, its manifest). */
  @ApiProperty({
    type: String,
    description:
      'The finding (excerpt, URL), the evidence file or the server capture (its URLs, its manifest).',
  })
  subjectId!: string;
  @ApiProperty({ type: String })
  findingId!: string;
  @ApiProperty({ type: String })
  candidateId!: string;
  @ApiProperty({ type: String })
  processId!: string;
  @ApiProperty({ type: String })
  processTitle!: string;
  @ApiProperty({ type: Date })
  closedAt!: Date;
  @ApiProperty({ type: Date })
  expiresAt!: Date;
  @ApiProperty({ type: String })
  rule!: string;
}

export class RetentionHoldReason {
  @ApiProperty({ enum: ['LEGAL_HOLD', 'RECORDS_REQUEST'] })
  kind!: 'LEGAL_HOLD' | 'RECORDS_REQUEST';
  @ApiProperty({ type: String })
  id!: string;
  /** The hold's reference, or the request's requester. */
  @ApiProperty({ type: String, description: "The hold's reference, or the request's requester." })
  label!: string;
}

export class RetentionSkip {
  @ApiProperty({ type: String })
  processId!: string;
  @ApiProperty({ type: String })
  processTitle!: string;
  /** Null when the whole process is held; else the candidate whose records are held. */
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Null when the whole process is held; else the candidate whose records are held.',
  })
  candidateId!: string | null;
  @ApiProperty({ type: Date })
  closedAt!: Date;
  @ApiProperty({ type: Date })
  expiresAt!: Date;
  @ApiProperty({ type: () => [RetentionHoldReason] })
  heldBy!: RetentionHoldReason[];
}

export class RetentionPreview {
  @ApiProperty({ type: Date })
  asOf!: Date;
  @ApiProperty({
    type: 'object',
    properties: {
      rawYears: { type: 'number' },
      reportYears: { type: 'number' },
      auditYears: { type: 'number' },
    },
    required: ['rawYears', 'reportYears', 'auditYears'],
    selfRequired: true,
  })
  retention!: { rawYears: number; reportYears: number; auditYears: number };
  /** Report versions and the audit log are kept: the purge never touches them. */
  @ApiProperty({
    type: [String],
    description: 'Report versions and the audit log are kept: the purge never touches them.',
  })
  kept!: string[];
  @ApiProperty({ type: () => [RetentionPreviewItem] })
  items!: RetentionPreviewItem[];
  @ApiProperty({ type: () => [RetentionSkip] })
  skipped!: RetentionSkip[];
}

export interface PurgeSummary {
  asOf: string;
  findings: number;
  excerpts: number;
  urls: number;
  files: number;
  /** Server captures whose URLs and manifest were blanked. */
  captures: number;
  skipped: number;
  errors: { findingId: string; error: string }[];
}
