import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { FilterReviewIndependenceView } from './uniformity.self-review.dto';

export const UNIFORMITY_FORMATS = ['json', 'csv'] as const;
export type UniformityFormat = (typeof UNIFORMITY_FORMATS)[number];
export const UNIFORMITY_TABLES = ['candidates', 'deviations'] as const;
export type UniformityTable = (typeof UNIFORMITY_TABLES)[number];

/** `GET /api/processes/:id/uniformity?format=json|csv`. Unknown parameters are refused (400). */
export class UniformityQueryDto {
  @ApiPropertyOptional({
    enum: UNIFORMITY_FORMATS,
    default: 'json',
    description: 'csv returns one table: the candidate rows or the deviations (see table)',
  })
  @IsOptional()
  @IsIn(UNIFORMITY_FORMATS, { message: `format must be one of ${UNIFORMITY_FORMATS.join(', ')}` })
  format?: UniformityFormat;

  @ApiPropertyOptional({
    enum: UNIFORMITY_TABLES,
    default: 'candidates',
    description: 'With format=csv: the candidate rows (default) or the deviations',
  })
  @IsOptional()
  @IsIn(UNIFORMITY_TABLES, { message: `table must be one of ${UNIFORMITY_TABLES.join(', ')}` })
  table?: UniformityTable;
}

export const DEVIATION_KINDS = [
  'CHECKLIST_VERSION_MISMATCH',
  'ITEM_SKIPPED_INCONSISTENTLY',
  'SEARCH_EFFORT_OUTLIER',
  'UNVERIFIED_FINDING_REPORTED',
  'VALIDATION_PREDATES_TEXT',
  'SELF_VALIDATION',
  'SELF_FILTER_REVIEW',
  'RELEASED_INCOMPLETE',
  'NOT_ASSIGNED',
  'NOT_SUBMITTED',
] as const;
export type DeviationKind = (typeof DEVIATION_KINDS)[number];

export class UniformityProcessView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  title!: string;
  @ApiProperty({ type: String })
  status!: string;
  @ApiProperty({ type: Boolean })
  requireIndependentValidation!: boolean;
  /** The process's current checklist version number (null when it has no checklist). */
  @ApiProperty({
    type: Number,
    nullable: true,
    description: "The process's current checklist version number (null when it has no checklist).",
  })
  currentChecklistVersion!: number | null;
  /** When the report was computed. */
  @ApiProperty({ type: Date, description: 'When the report was computed.' })
  generatedAt!: Date;
}

export class SkippedItemView {
  @ApiProperty({ type: String })
  itemKey!: string;
  @ApiProperty({ enum: ['NOT_APPLICABLE', 'UNABLE'] })
  outcome!: 'NOT_APPLICABLE' | 'UNABLE';
  @ApiProperty({ type: String, nullable: true })
  notes!: string | null;
}

export class ItemOutcomeCounts {
  @ApiProperty({ type: Number })
  FINDINGS!: number;
  @ApiProperty({ type: Number })
  NO_FINDINGS!: number;
  @ApiProperty({ type: Number })
  NOT_APPLICABLE!: number;
  @ApiProperty({ type: Number })
  UNABLE!: number;
}

export class PersonRef {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String, nullable: true })
  name!: string | null;
}

export class FindingValidationCounts {
  /** Latest validation VERIFIED. */
  @ApiProperty({ type: Number, description: 'Latest validation VERIFIED.' })
  verified!: number;
  @ApiProperty({ type: Number })
  refuted!: number;
  @ApiProperty({ type: Number })
  inconclusive!: number;
  /** No validation recorded. */
  @ApiProperty({ type: Number, description: 'No validation recorded.' })
  unvalidated!: number;
}

export class ProtectedClassFlagCounts {
  /** REDACT decisions in the latest filter review of each finding. */
  @ApiProperty({
    type: Number,
    description: 'REDACT decisions in the latest filter review of each finding.',
  })
  redacted!: number;
  /** KEEP decisions in the latest filter review of each finding. */
  @ApiProperty({
    type: Number,
    description: 'KEEP decisions in the latest filter review of each finding.',
  })
  kept!: number;
}

/** Where a candidate of the uniformity report stands on release (schema name distinct from reports' ReleaseStatusView). */
export class CandidateReleaseView {
  @ApiProperty({ enum: ['NOT_RELEASED', 'RELEASED'] })
  status!: 'NOT_RELEASED' | 'RELEASED';
  /** The latest report version number, when released. */
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The latest report version number, when released.',
  })
  version!: number | null;
  @ApiProperty({ type: Date, nullable: true })
  releasedAt!: Date | null;
  /** The latest report version's id (the subject of its `report.view` audit events). */
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "The latest report version's id (the subject of its report.view audit events).",
  })
  reportId!: string | null;
}

/** One candidate of the process, as searched. */
export class UniformityCandidateRow {
  @ApiProperty({ type: String })
  candidateId!: string;
  @ApiProperty({ type: String })
  candidateName!: string;
  @ApiProperty({ type: String })
  vettingId!: string;
  @ApiProperty({ type: String })
  vettingStatus!: string;
  /** The checklist version number this candidate was searched against. */
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The checklist version number this candidate was searched against.',
  })
  checklistVersion!: number | null;
  /** Items of that checklist version with a recorded result. */
  @ApiProperty({
    type: Number,
    description: 'Items of that checklist version with a recorded result.',
  })
  itemsResolved!: number;
  @ApiProperty({ type: Number })
  itemsTotal!: number;
  @ApiProperty({ type: () => ItemOutcomeCounts })
  outcomes!: ItemOutcomeCounts;
  /** Items marked NOT_APPLICABLE or UNABLE, with the searcher's notes. */
  @ApiProperty({
    type: [SkippedItemView],
    description: "Items marked NOT_APPLICABLE or UNABLE, with the searcher's notes.",
  })
  skippedItems!: SkippedItemView[];
  /** Distinct search methods used, from the search log and the findings. */
  @ApiProperty({
    type: [String],
    description: 'Distinct search methods used, from the search log and the findings.',
  })
  methods!: string[];
  @ApiProperty({ type: PersonRef, nullable: true })
  searcher!: PersonRef | null;
  @ApiProperty({ type: Date, nullable: true })
  assignedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true })
  submittedAt!: Date | null;
  /** Seconds from assignment to submission; null if not submitted. */
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Seconds from assignment to submission; null if not submitted.',
  })
  secondsToSubmission!: number | null;
  /** Searches logged (rows of the search log, including repeats). */
  @ApiProperty({
    type: Number,
    description: 'Searches logged (rows of the search log, including repeats).',
  })
  searchesLogged!: number;
  @ApiProperty({ type: Number })
  findingsTotal!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'Finding count per category',
  })
  findingsByCategory!: Record<string, number>;
  @ApiProperty({ type: () => FindingValidationCounts })
  validation!: FindingValidationCounts;
  /** Findings withheld from the panel (from the latest report version once released). */
  @ApiProperty({
    type: Number,
    description: 'Findings withheld from the panel (from the latest report version once released).',
  })
  withheldFromPanel!: number;
  @ApiProperty({ type: () => ProtectedClassFlagCounts })
  protectedClassFlags!: ProtectedClassFlagCounts;
  @ApiProperty({ type: () => CandidateReleaseView })
  release!: CandidateReleaseView;
}

export class DeviationView {
  @ApiProperty({ enum: DEVIATION_KINDS })
  kind!: DeviationKind;
  @ApiProperty({ type: String })
  candidateId!: string;
  @ApiProperty({ type: String })
  vettingId!: string;
  /** Plain-language account of what differs and why it matters. */
  @ApiProperty({
    type: String,
    description: 'Plain-language account of what differs and why it matters.',
  })
  explanation!: string;
}

export class SeparationOfDutiesBreachView {
  @ApiProperty({ type: String })
  userId!: string;
  @ApiProperty({ type: String, nullable: true })
  name!: string | null;
  /** What the person did in the process: POOL, ASSIGNED, SEARCH_LOGGED, FINDING_AUTHOR, VALIDATOR, FILTER_REVIEWER. */
  @ApiProperty({
    type: [String],
    description:
      'What the person did in the process: POOL, ASSIGNED, SEARCH_LOGGED, FINDING_AUTHOR, VALIDATOR, FILTER_REVIEWER.',
  })
  searcherWork!: string[];
  /** When their current (active) panel seat began. */
  @ApiProperty({ type: Date, description: 'When their current (active) panel seat began.' })
  panelSince!: Date;
}

export class KeepDecisionView {
  @ApiProperty({ type: String })
  decisionId!: string;
  @ApiProperty({ type: String })
  flagClass!: string;
  @ApiProperty({ type: String })
  field!: string;
  /** The protected-class text kept in the report (raw: auditors only). */
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The protected-class text kept in the report (raw: auditors only).',
  })
  keptText!: string | null;
  @ApiProperty({ type: String, nullable: true })
  justification!: string | null;
  @ApiProperty({ type: () => PersonRef })
  reviewer!: PersonRef;
  @ApiProperty({ type: String })
  findingId!: string;
  @ApiProperty({ type: String })
  vettingId!: string;
  @ApiProperty({ type: String })
  candidateId!: string;
  @ApiProperty({ type: Date })
  decidedAt!: Date;
}

export class ValidationOutcomeCounts {
  @ApiProperty({ type: Number })
  VERIFIED!: number;
  @ApiProperty({ type: Number })
  REFUTED!: number;
  @ApiProperty({ type: Number })
  INCONCLUSIVE!: number;
  @ApiProperty({ type: Number })
  UNVALIDATED!: number;
}

/** How many of a searcher's findings the server itself captured, logged out (src/capture). */
export class ServerCaptureBackingView {
  @ApiProperty({ type: Number, description: 'Findings this searcher authored.' })
  findingsAuthored!: number;
  @ApiProperty({
    type: Number,
    description: 'Of those, findings with at least one successful (DONE) server capture.',
  })
  backedByServerCapture!: number;
  @ApiProperty({
    type: Number,
    description: 'backedByServerCapture / findingsAuthored (0..1, 4 decimals; 0 with no findings).',
  })
  share!: number;
}

export class SearcherSummaryView {
  @ApiProperty({ type: String })
  searcherId!: string;
  @ApiProperty({ type: String, nullable: true })
  name!: string | null;
  /** Vettings currently assigned to this searcher. */
  @ApiProperty({ type: Number, description: 'Vettings currently assigned to this searcher.' })
  candidatesAssigned!: number;
  /** Vettings on which this searcher logged a search or a finding. */
  @ApiProperty({
    type: Number,
    description: 'Vettings on which this searcher logged a search or a finding.',
  })
  candidatesSearched!: number;
  /** Findings this searcher authored, per candidate searched (2 decimals). */
  @ApiProperty({
    type: Number,
    description: 'Findings this searcher authored, per candidate searched (2 decimals).',
  })
  findingsPerCandidate!: number;
  /** Searches logged per candidate assigned to this searcher (2 decimals). */
  @ApiProperty({
    type: Number,
    description: 'Searches logged per candidate assigned to this searcher (2 decimals).',
  })
  searchesPerCandidate!: number;
  /** Mean minutes from assignment to submission over this searcher's submitted candidates. */
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      "Mean minutes from assignment to submission over this searcher's submitted candidates (null: none submitted).",
  })
  minutesPerCandidate!: number | null;
  /** Latest validation of each finding this searcher authored. */
  @ApiProperty({
    type: () => ValidationOutcomeCounts,
    description: 'Latest validation of each finding this searcher authored.',
  })
  validationOutcomes!: ValidationOutcomeCounts;
  /** Share of this searcher's findings backed by a server capture. */
  @ApiProperty({
    type: () => ServerCaptureBackingView,
    description:
      "Share of this searcher's findings backed by a server capture (the page opened logged out by the server).",
  })
  serverCaptureBacking!: ServerCaptureBackingView;
}

export class UniformitySummaryView {
  @ApiProperty({ type: Number })
  candidates!: number;
  /** Share (0..1) of candidates whose every checklist item is resolved. */
  @ApiProperty({
    type: Number,
    description: 'Share (0..1) of candidates whose every checklist item is resolved.',
  })
  fullCoverageShare!: number;
  @ApiProperty({ type: Number })
  deviationCount!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } })
  deviationsByKind!: Record<string, number>;
  @ApiProperty({ type: [SearcherSummaryView] })
  perSearcher!: SearcherSummaryView[];
}

/** The auditor's uniformity report for one hiring process (policy IV.B.9). */
export class UniformityReport {
  @ApiProperty({ type: () => UniformityProcessView })
  process!: UniformityProcessView;
  @ApiProperty({ type: [UniformityCandidateRow] })
  candidates!: UniformityCandidateRow[];
  @ApiProperty({ type: [DeviationView] })
  deviations!: DeviationView[];
  @ApiProperty({ type: [SeparationOfDutiesBreachView] })
  separationOfDuties!: SeparationOfDutiesBreachView[];
  @ApiProperty({ type: [KeepDecisionView] })
  keepDecisions!: KeepDecisionView[];
  @ApiProperty({ type: () => UniformitySummaryView })
  summary!: UniformitySummaryView;
  /** Findings filter-reviewed by their own author, in total and per searcher. */
  @ApiProperty({ type: () => FilterReviewIndependenceView })
  filterReviewIndependence!: FilterReviewIndependenceView;
}
