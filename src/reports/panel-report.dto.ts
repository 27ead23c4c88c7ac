import { ApiProperty } from '@nestjs/swagger';
import { scrubLinks } from '../common/link-scrubber';

/**
 * What a decision maker may see, and nothing else (policy IV.B.6b). These classes are built
 * field by field from the released content; no entity is ever serialised into them. No URLs,
 * evidence, searcher names or notes, flags or classes, withheld findings (or their count), raw text.
 * No links or account references either: every free-text field goes through `scrubLinks`, both
 * when the report version is compiled (so the stored, hashed content is clean) and on every read.
 */
export class PanelValidationDto {
  @ApiProperty({ enum: ['VERIFIED'] })
  status!: 'VERIFIED';
  @ApiProperty({ type: Number })
  identityMatches!: number;
}

export class PanelCandidateResponseDto {
  @ApiProperty({ type: String })
  receivedOn!: string;
  @ApiProperty({ type: String })
  text!: string;
}

export class PanelFindingDto {
  @ApiProperty({ type: String })
  category!: string;
  @ApiProperty({ type: String })
  summary!: string;
  @ApiProperty({ type: String, nullable: true })
  excerpt!: string | null;
  @ApiProperty({ type: String })
  platform!: string;
  @ApiProperty({ type: String })
  capturedOn!: string;
  @ApiProperty({ type: () => PanelValidationDto })
  validation!: PanelValidationDto;
  @ApiProperty({ type: String, nullable: true })
  mitigation!: string | null;
  @ApiProperty({ type: () => PanelCandidateResponseDto, nullable: true })
  candidateResponse!: PanelCandidateResponseDto | null;
}

export class PanelReportDto {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: Number })
  version!: number;
  @ApiProperty({ type: String })
  releasedAt!: string;
  @ApiProperty({ type: String })
  sha256!: string;
  @ApiProperty({
    type: 'object',
    properties: { name: { type: 'string' } },
    required: ['name'],
    selfRequired: true,
  })
  candidate!: { name: string };
  @ApiProperty({
    type: 'object',
    properties: { title: { type: 'string' } },
    required: ['title'],
    selfRequired: true,
  })
  process!: { title: string };
  @ApiProperty({
    type: 'object',
    properties: { items: { type: 'integer' }, searched: { type: 'integer' } },
    required: ['items', 'searched'],
    selfRequired: true,
  })
  checklist!: { items: number; searched: number };
  @ApiProperty({ type: () => [PanelFindingDto] })
  findings!: PanelFindingDto[];
}

/** The released content as stored (and hashed) in report_versions.content. */
export interface ReportContent {
  reportVersion: number;
  releasedAt: string;
  candidate: { name: string };
  process: { title: string };
  checklist: { items: number; searched: number };
  findings: PanelFindingDto[];
}

/** The report's findings with every free-text field scrubbed of URLs, e-mail addresses and @handles. */
function panelFindings(findings: PanelFindingDto[]): PanelFindingDto[] {
  const text = (s: string) => scrubLinks(s);
  const optional = (s: string | null) => (s === null ? null : scrubLinks(s));
  return findings.map((f) => ({
    category: f.category,
    summary: text(f.summary),
    excerpt: optional(f.excerpt),
    platform: text(f.platform),
    capturedOn: f.capturedOn,
    validation: { status: f.validation.status, identityMatches: f.validation.identityMatches },
    mitigation: optional(f.mitigation),
    candidateResponse: f.candidateResponse
      ? { receivedOn: f.candidateResponse.receivedOn, text: text(f.candidateResponse.text) }
      : null,
  }));
}

/** The content a release stores and hashes: built field by field, its text scrubbed of links. */
export function panelReportContent(c: ReportContent): ReportContent {
  return {
    reportVersion: c.reportVersion,
    releasedAt: c.releasedAt,
    candidate: { name: c.candidate.name },
    process: { title: scrubLinks(c.process.title) },
    checklist: { items: c.checklist.items, searched: c.checklist.searched },
    findings: panelFindings(c.findings),
  };
}

export function toPanelReport(row: {
  id: string;
  version: number;
  sha256: string;
  content: object;
}): PanelReportDto {
  const c = row.content as unknown as ReportContent;
  return {
    id: row.id,
    version: row.version,
    releasedAt: c.releasedAt,
    sha256: row.sha256,
    candidate: { name: c.candidate.name },
    process: { title: scrubLinks(c.process.title) },
    checklist: { items: c.checklist.items, searched: c.checklist.searched },
    // Scrubbed again on read: a version compiled before the scrubber existed is clean to the panel too.
    findings: panelFindings(c.findings),
  };
}
