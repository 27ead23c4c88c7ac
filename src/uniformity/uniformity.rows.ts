/** The plain rows the uniformity report is computed from (gathered by the repository). */
import { KeepDecisionView } from './uniformity.dto';

export type Outcome = 'FINDINGS' | 'NO_FINDINGS' | 'NOT_APPLICABLE' | 'UNABLE';
export type ValidationStatus = 'VERIFIED' | 'REFUTED' | 'INCONCLUSIVE';

export interface ProcessRow {
  id: string;
  title: string;
  status: string;
  requireIndependentValidation: boolean;
  /** Filter reviews by someone other than the author (default true when absent). */
  requireIndependentFilterReview?: boolean;
  filterReviewRelaxedReason?: string | null;
  currentChecklistVersion: number | null;
}

export interface VettingRow {
  vettingId: string;
  candidateId: string;
  candidateName: string;
  status: string;
  checklistVersionId: string | null;
  checklistVersion: number | null;
  searcherId: string | null;
  assignedAt: Date | null;
  submittedAt: Date | null;
  searchesLogged: number;
}

export interface ChecklistItemRow {
  versionId: string;
  key: string;
  title: string;
}

export interface ItemResultRow {
  vettingId: string;
  itemKey: string;
  outcome: Outcome;
  notes: string | null;
}

/** A search logged, or a finding recorded, on a vetting: who did it and by what method. */
export interface WorkRow {
  vettingId: string;
  userId: string;
  method: string;
}

export interface FindingRow {
  findingId: string;
  vettingId: string;
  authorId: string;
  category: string;
  /** True when the server captured the finding's page successfully (a DONE capture). */
  serverCaptured?: boolean;
}

export interface ValidationRow {
  validationId: string;
  findingId: string;
  validatorId: string;
  status: ValidationStatus;
  selfValidated: boolean;
  createdAt: Date;
  /** Set when a change to the finding's text or identity matches voided the validation. */
  voidedAt?: Date | null;
}

/** A change to a finding's text or identity matches (recorded by the database on every change). */
export interface TextChangeRow {
  findingId: string;
  changedAt: Date;
  fields: string[];
}

/** One filter review with the counts of its decisions. */
export interface FilterReviewRow {
  reviewId: string;
  findingId: string;
  createdAt: Date;
  redacted: number;
  kept: number;
  reviewerId?: string;
  /** The reviewer was the finding's author. */
  selfReviewed?: boolean;
}

export interface ReportVersionRow {
  /** The report version's id (what the panel reads, and the audit log's report subject). */
  id?: string;
  vettingId: string;
  version: number;
  releasedAt: Date;
  reportedFindingIds: string[];
  withheldFindingIds: string[];
}

/** Any searcher work recorded in the process (process_searchers duty, or work found in the records). */
export interface DutyRow {
  userId: string;
  duty: string;
}

export interface PanelMemberRow {
  userId: string;
  addedAt: Date;
}

export interface UniformityInput {
  process: ProcessRow;
  vettings: VettingRow[];
  checklistItems: ChecklistItemRow[];
  itemResults: ItemResultRow[];
  work: WorkRow[];
  findings: FindingRow[];
  validations: ValidationRow[];
  /** Changes to findings' text or identity matches after they were logged. */
  textChanges?: TextChangeRow[];
  filterReviews: FilterReviewRow[];
  reportVersions: ReportVersionRow[];
  duties: DutyRow[];
  /** Active panel seats only (removed_at IS NULL). */
  panelMembers: PanelMemberRow[];
  keepDecisions: KeepDecisionView[];
  /** Display names of the people referred to. */
  userNames: Map<string, string>;
  generatedAt: Date;
}
