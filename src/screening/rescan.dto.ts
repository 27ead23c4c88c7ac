import { ApiProperty } from '@nestjs/swagger';
import { PROTECTED_CLASSES } from './detector/protected-class';

/** How often the new rules flag one class in one field of one finding of a released report. */
export class RescanNoticeFlag {
  /** The finding's position in the report (0-based, in the report's order). */
  @ApiProperty({ type: 'integer', description: "The finding's position in the report (0-based)" })
  findingIndex!: number;
  @ApiProperty({ enum: ['summary', 'excerpt', 'mitigation', 'candidateResponse'] })
  field!: string;
  @ApiProperty({ enum: PROTECTED_CLASSES })
  class!: string;
  @ApiProperty({ type: 'integer' })
  count!: number;
}

/**
 * A released report the current rules would have flagged text in. The report itself is never
 * rewritten: the searchers of its process may review the new flags and release a corrected version.
 */
export class RescanNoticeView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, format: 'uuid' })
  processId!: string;
  @ApiProperty({ type: String })
  processTitle!: string;
  @ApiProperty({ type: String, format: 'uuid' })
  vettingId!: string;
  @ApiProperty({ type: String })
  candidateName!: string;
  @ApiProperty({ type: String, format: 'uuid' })
  reportVersionId!: string;
  @ApiProperty({ type: 'integer' })
  reportVersion!: number;
  @ApiProperty({ type: Date })
  releasedAt!: Date;
  /** The rules version that flagged it. */
  @ApiProperty({ type: String })
  rulesVersion!: string;
  @ApiProperty({ type: () => [RescanNoticeFlag] })
  flags!: RescanNoticeFlag[];
  /** When the rescan listed it. */
  @ApiProperty({ type: Date })
  listedAt!: Date;
}

export class RescanNoticesView {
  /** Released reports to correct: the latest version of each, while no newer one is released. */
  @ApiProperty({ type: () => [RescanNoticeView] })
  notices!: RescanNoticeView[];
}

/** What one rescan did (printed by the command). */
export interface RescanResult {
  rulesVersion: string;
  findingsQueued: number;
  reportsListed: {
    reportVersionId: string;
    vettingId: string;
    processId: string;
    version: number;
    flags: RescanNoticeFlag[];
  }[];
}
