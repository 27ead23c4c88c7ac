import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export const UNIFORMITY_FORMATS = ['json', 'csv'] as const;
export type UniformityFormat = (typeof UNIFORMITY_FORMATS)[number];

/** `GET /api/processes/:id/uniformity?format=json|csv`. Unknown parameters are refused (400). */
export class UniformityQueryDto {
  @ApiPropertyOptional({
    enum: UNIFORMITY_FORMATS,
    default: 'json',
    description: 'csv returns the candidate rows only',
  })
  @IsOptional()
  @IsIn(UNIFORMITY_FORMATS, { message: `format must be one of ${UNIFORMITY_FORMATS.join(', ')}` })
  format?: UniformityFormat;
}

export const DEVIATION_KINDS = [
  'CHECKLIST_VERSION_MISMATCH',
  'ITEM_SKIPPED_INCONSISTENTLY',
  'SEARCH_EFFORT_OUTLIER',
  'UNVERIFIED_FINDING_REPORTED',
  'VALIDATION_PREDATES_TEXT',
  'SELF_VALIDATION',
  'RELEASED_INCOMPLETE',
  'NOT_ASSIGNED',
  'NOT_SUBMITTED',
] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

export class UniformityProcessView {
  id!: string;
  title!: string;
  status!: string;
  requireIndependentValidation!: boolean;
  /** The process's current checklist version number (null when it has no checklist). */
  currentChecklistVersion!: number | null;
  /** When the report was computed. */
  generatedAt!: Date;
}

export class SkippedItemView {
  itemKey!: string;
  @ApiProperty({ enum: ['NOT_APPLICABLE', 'UNABLE'] })
  outcome!: 'NOT_APPLICABLE' | 'UNABLE';
  notes!: string | null;
}

export class ItemOutcomeCounts {
  FINDINGS!: number;
  NO_FINDINGS!: number;
  NOT_APPLICABLE!: number;
  UNABLE!: number;
}

export class PersonRef {
  id!: string;
  name!: string | null;
}

export class FindingValidationCounts {
  /** Latest validation VERIFIED. */
  verified!: number;
  refuted!: number;
  inconclusive!: number;
  /** No validation recorded. */
  unvalidated!: number;
}

export class ProtectedClassFlagCounts {
  /** REDACT decisions in the latest filter review of each finding. */
  redacted!: number;
  /** KEEP decisions in the latest filter review of each finding. */
  kept!: number;
}

export class ReleaseStatusView {
  @ApiProperty({ enum: ['NOT_RELEASED', 'RELEASED'] })
  status!: 'NOT_RELEASED' | 'RELEASED';
  /** The latest report version number, when released. */
  version!: number | null;
  releasedAt!: Date | null;
}

/** One candidate of the process, as searched. */
export class UniformityCandidateRow {
  candidateId!: string;
  candidateName!: string;
  vettingId!: string;
  vettingStatus!: string;
  /** The checklist version number this candidate was searched against. */
  checklistVersion!: number | null;
  /** Items of that checklist version with a recorded result. */
  itemsResolved!: number;
  itemsTotal!: number;
  outcomes!: ItemOutcomeCounts;
  /** Items marked NOT_APPLICABLE or UNABLE, with the searcher's notes. */
  @ApiProperty({ type: [SkippedItemView] })
  skippedItems!: SkippedItemView[];
  /** Distinct search methods used, from the search log and the findings. */
  methods!: string[];
  @ApiProperty({ type: PersonRef, nullable: true })
  searcher!: PersonRef | null;
  assignedAt!: Date | null;
  submittedAt!: Date | null;
  /** Seconds from assignment to submission; null if not submitted. */
  secondsToSubmission!: number | null;
  /** Searches logged (rows of the search log, including repeats). */
  searchesLogged!: number;
  findingsTotal!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Finding count per category',
  })
  findingsByCategory!: Record<string, number>;
  validation!: FindingValidationCounts;
  /** Findings withheld from the panel (from the latest report version once released). */
  withheldFromPanel!: number;
  protectedClassFlags!: ProtectedClassFlagCounts;
  release!: ReleaseStatusView;
}

export class DeviationView {
  @ApiProperty({ enum: DEVIATION_KINDS })
  kind!: DeviationKind;
  candidateId!: string;
  vettingId!: string;
  /** Plain-language account of what differs and why it matters. */
  explanation!: string;
}

export class SeparationOfDutiesBreachView {
  userId!: string;
  name!: string | null;
  /** What the person did in the process: POOL, ASSIGNED, SEARCH_LOGGED, FINDING_AUTHOR, VALIDATOR, FILTER_REVIEWER. */
  searcherWork!: string[];
  /** When their current (active) panel seat began. */
  panelSince!: Date;
}

export class KeepDecisionView {
  decisionId!: string;
  flagClass!: string;
  field!: string;
  /** The protected-class text kept in the report (raw: auditors only). */
  keptText!: string | null;
  justification!: string | null;
  reviewer!: PersonRef;
  findingId!: string;
  vettingId!: string;
  candidateId!: string;
  decidedAt!: Date;
}

export class ValidationOutcomeCounts {
  VERIFIED!: number;
  REFUTED!: number;
  INCONCLUSIVE!: number;
  UNVALIDATED!: number;
}

export class SearcherSummaryView {
  searcherId!: string;
  name!: string | null;
  /** Vettings currently assigned to this searcher. */
  candidatesAssigned!: number;
  /** Vettings on which this searcher logged a search or a finding. */
  candidatesSearched!: number;
  /** Findings this searcher authored, per candidate searched (2 decimals). */
  findingsPerCandidate!: number;
  /** Latest validation of each finding this searcher authored. */
  validationOutcomes!: ValidationOutcomeCounts;
}

export class UniformitySummaryView {
  candidates!: number;
  /** Share (0..1) of candidates whose every checklist item is resolved. */
  fullCoverageShare!: number;
  deviationCount!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  deviationsByKind!: Record<string, number>;
  @ApiProperty({ type: [SearcherSummaryView] })
  perSearcher!: SearcherSummaryView[];
}

/** The auditor's uniformity report for one hiring process (policy IV.B.9). */
export class UniformityReport {
  process!: UniformityProcessView;
  @ApiProperty({ type: [UniformityCandidateRow] })
  candidates!: UniformityCandidateRow[];
  @ApiProperty({ type: [DeviationView] })
  deviations!: DeviationView[];
  @ApiProperty({ type: [SeparationOfDutiesBreachView] })
  separationOfDuties!: SeparationOfDutiesBreachView[];
  @ApiProperty({ type: [KeepDecisionView] })
  keepDecisions!: KeepDecisionView[];
  summary!: UniformitySummaryView;
}
