/** The uniformity report's candidate rows as flat, formula-safe CSV cells. */
import { DeviationView, UniformityCandidateRow } from './uniformity.dto';

export const CSV_COLUMNS = [
  'candidateId',
  'candidateName',
  'vettingId',
  'vettingStatus',
  'checklistVersion',
  'itemsResolved',
  'itemsTotal',
  'findingsItems',
  'noFindingsItems',
  'notApplicableItems',
  'unableItems',
  'skippedItems',
  'methods',
  'searcherId',
  'searcherName',
  'assignedAt',
  'submittedAt',
  'secondsToSubmission',
  'searchesLogged',
  'findingsTotal',
  'findingsByCategory',
  'verified',
  'refuted',
  'inconclusive',
  'unvalidated',
  'withheldFromPanel',
  'flagsRedacted',
  'flagsKept',
  'releaseStatus',
  'releaseVersion',
  'releasedAt',
] as const;

/**
 * Spreadsheet formula injection: a text cell starting with = + - @ (or a tab / carriage
 * return) is run as a formula by Excel and LibreOffice. Such cells get a leading apostrophe
 * (OWASP's advice), which spreadsheets show as text. Numbers and dates are never touched.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const iso = (d: Date | null) => (d ? d.toISOString() : '');

/** A candidate row as flat CSV cells (nested fields joined: `CAT:n;CAT:n`, `key (OUTCOME): notes | …`). */
export function csvRecord(
  r: UniformityCandidateRow,
): Record<(typeof CSV_COLUMNS)[number], string | number> {
  const text = (s: string | null | undefined) => neutralizeFormula(s ?? '');
  return {
    candidateId: r.candidateId,
    candidateName: text(r.candidateName),
    vettingId: r.vettingId,
    vettingStatus: r.vettingStatus,
    checklistVersion: r.checklistVersion ?? '',
    itemsResolved: r.itemsResolved,
    itemsTotal: r.itemsTotal,
    findingsItems: r.outcomes.FINDINGS,
    noFindingsItems: r.outcomes.NO_FINDINGS,
    notApplicableItems: r.outcomes.NOT_APPLICABLE,
    unableItems: r.outcomes.UNABLE,
    skippedItems: text(
      r.skippedItems.map((s) => `${s.itemKey} (${s.outcome}): ${s.notes ?? ''}`).join(' | '),
    ),
    methods: r.methods.join(';'),
    searcherId: r.searcher?.id ?? '',
    searcherName: text(r.searcher?.name),
    assignedAt: iso(r.assignedAt),
    submittedAt: iso(r.submittedAt),
    secondsToSubmission: r.secondsToSubmission ?? '',
    searchesLogged: r.searchesLogged,
    findingsTotal: r.findingsTotal,
    findingsByCategory: Object.entries(r.findingsByCategory)
      .map(([c, n]) => `${c}:${n}`)
      .join(';'),
    verified: r.validation.verified,
    refuted: r.validation.refuted,
    inconclusive: r.validation.inconclusive,
    unvalidated: r.validation.unvalidated,
    withheldFromPanel: r.withheldFromPanel,
    flagsRedacted: r.protectedClassFlags.redacted,
    flagsKept: r.protectedClassFlags.kept,
    releaseStatus: r.release.status,
    releaseVersion: r.release.version ?? '',
    releasedAt: iso(r.release.releasedAt),
  };
}

export const DEVIATION_CSV_COLUMNS = [
  'kind',
  'candidateId',
  'candidateName',
  'vettingId',
  'explanation',
] as const;

/**
 * A deviation as CSV cells, with the candidate's name beside its id. Text cells are
 * neutralised by `toCsv` (src/common/csv.ts), as every CSV the service writes.
 */
export function deviationCsvRecord(
  d: DeviationView,
  names: Map<string, string>,
): Record<(typeof DEVIATION_CSV_COLUMNS)[number], string> {
  return {
    kind: d.kind,
    candidateId: d.candidateId,
    candidateName: names.get(d.candidateId) ?? '',
    vettingId: d.vettingId,
    explanation: d.explanation,
  };
}
