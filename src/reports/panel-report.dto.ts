/**
 * What a decision maker may see, and nothing else (policy IV.B.6b). These classes are built
 * field by field from the released content; no entity is ever serialised into them. No URLs,
 * evidence, searcher names or notes, flags or classes, withheld findings (or their count), raw text.
 */
export class PanelValidationDto {
  status!: 'VERIFIED';
  identityMatches!: number;
}

export class PanelCandidateResponseDto {
  receivedOn!: string;
  text!: string;
}

export class PanelFindingDto {
  category!: string;
  summary!: string;
  excerpt!: string | null;
  platform!: string;
  capturedOn!: string;
  validation!: PanelValidationDto;
  mitigation!: string | null;
  candidateResponse!: PanelCandidateResponseDto | null;
}

export class PanelReportDto {
  id!: string;
  version!: number;
  releasedAt!: string;
  sha256!: string;
  candidate!: { name: string };
  process!: { title: string };
  checklist!: { items: number; searched: number };
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
    process: { title: c.process.title },
    checklist: { items: c.checklist.items, searched: c.checklist.searched },
    findings: c.findings.map((f) => ({
      category: f.category,
      summary: f.summary,
      excerpt: f.excerpt,
      platform: f.platform,
      capturedOn: f.capturedOn,
      validation: { status: f.validation.status, identityMatches: f.validation.identityMatches },
      mitigation: f.mitigation,
      candidateResponse: f.candidateResponse
        ? { receivedOn: f.candidateResponse.receivedOn, text: f.candidateResponse.text }
        : null,
    })),
  };
}
