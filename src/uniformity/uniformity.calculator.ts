/**
 * The uniformity report's arithmetic (policy IV.B.9: "vetting techniques shall be applied
 * uniformly to all candidates"): pure functions over plain rows, no database. The repository
 * gathers the rows; everything that decides what counts as a deviation lives here.
 */
import {
  DeviationKind,
  DeviationView,
  KeepDecisionView,
  SearcherSummaryView,
  SeparationOfDutiesBreachView,
  SkippedItemView,
  UniformityCandidateRow,
  UniformityReport,
  UniformitySummaryView,
  ValidationOutcomeCounts,
} from './uniformity.dto';

export type Outcome = 'FINDINGS' | 'NO_FINDINGS' | 'NOT_APPLICABLE' | 'UNABLE';
export type ValidationStatus = 'VERIFIED' | 'REFUTED' | 'INCONCLUSIVE';

export interface ProcessRow {
  id: string;
  title: string;
  status: string;
  requireIndependentValidation: boolean;
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
}

export interface ValidationRow {
  validationId: string;
  findingId: string;
  validatorId: string;
  status: ValidationStatus;
  selfValidated: boolean;
  createdAt: Date;
}

/** One filter review with the counts of its decisions. */
export interface FilterReviewRow {
  reviewId: string;
  findingId: string;
  createdAt: Date;
  redacted: number;
  kept: number;
}

export interface ReportVersionRow {
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

const SKIPPED: Outcome[] = ['NOT_APPLICABLE', 'UNABLE'];
const SEARCHED: Outcome[] = ['FINDINGS', 'NO_FINDINGS'];
const KIND_ORDER: DeviationKind[] = [
  'CHECKLIST_VERSION_MISMATCH',
  'ITEM_SKIPPED_INCONSISTENTLY',
  'SEARCH_EFFORT_OUTLIER',
  'UNVERIFIED_FINDING_REPORTED',
  'SELF_VALIDATION',
  'RELEASED_INCOMPLETE',
  'NOT_ASSIGNED',
  'NOT_SUBMITTED',
];
/** Outlier checks need at least this many submitted candidates to mean anything. */
export const MIN_SUBMITTED_FOR_OUTLIERS = 3;

// ---------------------------------------------------------------------------------------------
// Small, separately tested pieces
// ---------------------------------------------------------------------------------------------

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Outside [median/2, median×2]. */
export function isOutlier(value: number, med: number): boolean {
  return value < med / 2 || value > med * 2;
}

/**
 * The version most candidates were searched against; on a tie, the process's current version
 * if it is among the tied, else the highest tied version. Null when no candidate has a version.
 */
export function referenceVersion(
  versions: (number | null)[],
  current: number | null,
): number | null {
  const counts = new Map<number, number>();
  for (const v of versions) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (!counts.size) return null;
  const top = Math.max(...counts.values());
  const tied = [...counts.entries()].filter(([, n]) => n === top).map(([v]) => v);
  if (tied.length === 1) return tied[0];
  if (current !== null && tied.includes(current)) return current;
  return Math.max(...tied);
}

/** The latest validation of each finding (by time; on equal times the later row wins). */
export function latestValidations(
  validations: ValidationRow[],
  asOf?: Date,
): Map<string, ValidationRow> {
  const latest = new Map<string, ValidationRow>();
  for (const v of validations) {
    if (asOf && v.createdAt.getTime() > asOf.getTime()) continue;
    const seen = latest.get(v.findingId);
    if (!seen || v.createdAt.getTime() >= seen.createdAt.getTime()) latest.set(v.findingId, v);
  }
  return latest;
}

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const parts = [d ? `${d} d` : '', h ? `${h} h` : '', m ? `${m} min` : ''].filter(Boolean);
  return `${parts.join(' ') || '0 min'} (${s} s)`;
}

function round(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------

interface Context {
  input: UniformityInput;
  itemsByVersion: Map<string, ChecklistItemRow[]>;
  /** Results on items of the vetting's own checklist version, by vetting. */
  resultsByVetting: Map<string, ItemResultRow[]>;
  findingsByVetting: Map<string, FindingRow[]>;
  findingById: Map<string, FindingRow>;
  latest: Map<string, ValidationRow>;
  reportsByVetting: Map<string, ReportVersionRow[]>;
  vettingById: Map<string, VettingRow>;
}

function context(input: UniformityInput): Context {
  const itemsByVersion = groupBy(input.checklistItems, (i) => i.versionId);
  const vettingById = new Map(input.vettings.map((v) => [v.vettingId, v]));
  const onChecklist = (r: ItemResultRow) => {
    const v = vettingById.get(r.vettingId);
    return (
      !!v?.checklistVersionId &&
      (itemsByVersion.get(v.checklistVersionId) ?? []).some((i) => i.key === r.itemKey)
    );
  };
  const reportsByVetting = groupBy(input.reportVersions, (r) => r.vettingId);
  for (const list of reportsByVetting.values()) list.sort((a, b) => a.version - b.version);
  return {
    input,
    itemsByVersion,
    resultsByVetting: groupBy(input.itemResults.filter(onChecklist), (r) => r.vettingId),
    findingsByVetting: groupBy(input.findings, (f) => f.vettingId),
    findingById: new Map(input.findings.map((f) => [f.findingId, f])),
    latest: latestValidations(input.validations),
    reportsByVetting,
    vettingById,
  };
}

function secondsToSubmission(v: VettingRow): number | null {
  if (!v.submittedAt || !v.assignedAt) return null;
  return Math.round((v.submittedAt.getTime() - v.assignedAt.getTime()) / 1000);
}

export function candidateRows(
  input: UniformityInput,
  ctx = context(input),
): UniformityCandidateRow[] {
  const workByVetting = groupBy(input.work, (w) => w.vettingId);
  const reviewsByFinding = groupBy(input.filterReviews, (r) => r.findingId);
  return input.vettings.map((v) => {
    const items = v.checklistVersionId ? (ctx.itemsByVersion.get(v.checklistVersionId) ?? []) : [];
    const results = ctx.resultsByVetting.get(v.vettingId) ?? [];
    const outcomes = { FINDINGS: 0, NO_FINDINGS: 0, NOT_APPLICABLE: 0, UNABLE: 0 };
    for (const r of results) outcomes[r.outcome] += 1;
    const position = new Map(items.map((i, n) => [i.key, n]));
    const skippedItems: SkippedItemView[] = results
      .filter((r) => SKIPPED.includes(r.outcome))
      .sort((a, b) => (position.get(a.itemKey) ?? 0) - (position.get(b.itemKey) ?? 0))
      .map((r) => ({
        itemKey: r.itemKey,
        outcome: r.outcome as 'NOT_APPLICABLE' | 'UNABLE',
        notes: r.notes,
      }));

    const findings = ctx.findingsByVetting.get(v.vettingId) ?? [];
    const findingsByCategory: Record<string, number> = {};
    for (const f of [...findings].sort((a, b) => a.category.localeCompare(b.category))) {
      findingsByCategory[f.category] = (findingsByCategory[f.category] ?? 0) + 1;
    }
    const validation = { verified: 0, refuted: 0, inconclusive: 0, unvalidated: 0 };
    let notVerified = 0;
    const flags = { redacted: 0, kept: 0 };
    for (const f of findings) {
      const status = ctx.latest.get(f.findingId)?.status;
      if (status === 'VERIFIED') validation.verified += 1;
      else if (status === 'REFUTED') validation.refuted += 1;
      else if (status === 'INCONCLUSIVE') validation.inconclusive += 1;
      else validation.unvalidated += 1;
      if (status !== 'VERIFIED') notVerified += 1;
      const reviews = reviewsByFinding.get(f.findingId) ?? [];
      const latestReview = reviews.reduce<FilterReviewRow | null>(
        (best, r) => (!best || r.createdAt.getTime() >= best.createdAt.getTime() ? r : best),
        null,
      );
      if (latestReview) {
        flags.redacted += latestReview.redacted;
        flags.kept += latestReview.kept;
      }
    }
    const reports = ctx.reportsByVetting.get(v.vettingId) ?? [];
    const lastReport = reports.at(-1);
    const methods = [
      ...new Set((workByVetting.get(v.vettingId) ?? []).map((w) => w.method)),
    ].sort();

    return {
      candidateId: v.candidateId,
      candidateName: v.candidateName,
      vettingId: v.vettingId,
      vettingStatus: v.status,
      checklistVersion: v.checklistVersion,
      itemsResolved: results.length,
      itemsTotal: items.length,
      outcomes,
      skippedItems,
      methods,
      searcher: v.searcherId
        ? { id: v.searcherId, name: input.userNames.get(v.searcherId) ?? null }
        : null,
      assignedAt: v.assignedAt,
      submittedAt: v.submittedAt,
      secondsToSubmission: secondsToSubmission(v),
      searchesLogged: v.searchesLogged,
      findingsTotal: findings.length,
      findingsByCategory,
      validation,
      withheldFromPanel: lastReport ? lastReport.withheldFindingIds.length : notVerified,
      protectedClassFlags: flags,
      release: lastReport
        ? { status: 'RELEASED', version: lastReport.version, releasedAt: lastReport.releasedAt }
        : { status: 'NOT_RELEASED', version: null, releasedAt: null },
    };
  });
}

type Deviation = DeviationView;

function deviation(kind: DeviationKind, v: VettingRow, explanation: string): Deviation {
  return { kind, candidateId: v.candidateId, vettingId: v.vettingId, explanation };
}

function checklistVersionMismatches(ctx: Context): Deviation[] {
  const { vettings, process } = ctx.input;
  const reference = referenceVersion(
    vettings.map((v) => v.checklistVersion),
    process.currentChecklistVersion,
  );
  if (reference === null) return [];
  const onReference = vettings.filter((v) => v.checklistVersion === reference).length;
  return vettings
    .filter((v) => v.checklistVersion !== reference)
    .map((v) =>
      deviation(
        'CHECKLIST_VERSION_MISMATCH',
        v,
        `${v.candidateName} was searched against ${v.checklistVersion === null ? 'no checklist version at all' : `checklist version ${v.checklistVersion}`}, ` +
          `while ${onReference} of the process's ${vettings.length} candidates ${onReference === 1 ? 'was' : 'were'} searched against version ${reference}. ` +
          'Every candidate in a process must be searched against the same checklist (policy IV.B.9).',
      ),
    );
}

function inconsistentSkips(ctx: Context): Deviation[] {
  const all = [...ctx.resultsByVetting.values()].flat();
  const searchedBy = new Map<string, Set<string>>();
  for (const r of all) {
    if (!SEARCHED.includes(r.outcome)) continue;
    const set = searchedBy.get(r.itemKey) ?? new Set<string>();
    set.add(r.vettingId);
    searchedBy.set(r.itemKey, set);
  }
  const titles = new Map(ctx.input.checklistItems.map((i) => [i.key, i.title]));
  const out: Deviation[] = [];
  for (const v of ctx.input.vettings) {
    for (const r of ctx.resultsByVetting.get(v.vettingId) ?? []) {
      if (!SKIPPED.includes(r.outcome)) continue;
      const searched = searchedBy.get(r.itemKey)?.size ?? 0;
      if (!searched) continue;
      const title = titles.get(r.itemKey);
      out.push(
        deviation(
          'ITEM_SKIPPED_INCONSISTENTLY',
          v,
          `Checklist item "${r.itemKey}"${title ? ` (${title})` : ''} was marked ${r.outcome} for ${v.candidateName}, ` +
            `with the note ${r.notes ? `"${r.notes}"` : '(none)'}, but was searched for ${plural(searched, 'other candidate')} in this process.`,
        ),
      );
    }
  }
  return out;
}

function effortOutliers(ctx: Context): Deviation[] {
  const submitted = ctx.input.vettings.filter((v) => v.submittedAt);
  if (submitted.length < MIN_SUBMITTED_FOR_OUTLIERS) return [];
  const out: Deviation[] = [];
  const searchMedian = median(submitted.map((v) => v.searchesLogged))!;
  for (const v of submitted) {
    if (isOutlier(v.searchesLogged, searchMedian)) {
      out.push(
        deviation(
          'SEARCH_EFFORT_OUTLIER',
          v,
          `${plural(v.searchesLogged, 'search', 'searches')} logged for ${v.candidateName}; the median of the process's ` +
            `${submitted.length} submitted candidates is ${searchMedian} (the expected range is ${searchMedian / 2} to ${searchMedian * 2}).`,
        ),
      );
    }
  }
  const timed = submitted
    .map((v) => ({ v, s: secondsToSubmission(v) }))
    .filter((x): x is { v: VettingRow; s: number } => x.s !== null);
  if (timed.length >= MIN_SUBMITTED_FOR_OUTLIERS) {
    const timeMedian = median(timed.map((x) => x.s))!;
    for (const { v, s } of timed) {
      if (isOutlier(s, timeMedian)) {
        out.push(
          deviation(
            'SEARCH_EFFORT_OUTLIER',
            v,
            `${v.candidateName}'s search took ${formatDuration(s)} from assignment to submission; the median of the process's ` +
              `${timed.length} submitted candidates is ${formatDuration(timeMedian)} (the expected range is half to twice the median).`,
          ),
        );
      }
    }
  }
  return out;
}

function unverifiedReported(ctx: Context): Deviation[] {
  const out: Deviation[] = [];
  for (const v of ctx.input.vettings) {
    const reports = ctx.reportsByVetting.get(v.vettingId) ?? [];
    // One deviation per finding, naming every report version that carried it unverified.
    const byFinding = new Map<string, { versions: number[]; status: string }>();
    for (const report of reports) {
      const atRelease = latestValidations(
        ctx.input.validations.filter((x) => report.reportedFindingIds.includes(x.findingId)),
        report.releasedAt,
      );
      for (const findingId of report.reportedFindingIds) {
        const status = atRelease.get(findingId)?.status;
        if (status === 'VERIFIED') continue;
        const known = ctx.findingById.get(findingId);
        const what =
          !known || known.vettingId !== v.vettingId
            ? 'is not a recorded finding of this candidate'
            : status
              ? `was ${status} at the time of release`
              : 'had no validation at the time of release';
        const entry = byFinding.get(findingId) ?? { versions: [], status: what };
        entry.versions.push(report.version);
        byFinding.set(findingId, entry);
      }
    }
    for (const [findingId, { versions, status }] of byFinding) {
      const category = ctx.findingById.get(findingId)?.category;
      out.push(
        deviation(
          'UNVERIFIED_FINDING_REPORTED',
          v,
          `Report ${versions.length === 1 ? 'version' : 'versions'} ${versions.join(', ')} for ${v.candidateName} put finding ${findingId}` +
            `${category ? ` (${category})` : ''} before the panel, but it ${status}. Only verified findings may reach the panel (policy IV.B.10).`,
        ),
      );
    }
  }
  return out;
}

function selfValidations(ctx: Context): Deviation[] {
  if (!ctx.input.process.requireIndependentValidation) return [];
  const out: Deviation[] = [];
  for (const val of ctx.input.validations) {
    const finding = ctx.findingById.get(val.findingId);
    if (!finding) continue;
    if (!val.selfValidated && val.validatorId !== finding.authorId) continue;
    const v = ctx.vettingById.get(finding.vettingId);
    if (!v) continue;
    const who = ctx.input.userNames.get(val.validatorId) ?? val.validatorId;
    out.push(
      deviation(
        'SELF_VALIDATION',
        v,
        `Finding ${finding.findingId} (${finding.category}) for ${v.candidateName} was validated ${val.status} by ${who}, ` +
          `${val.validatorId === finding.authorId ? 'who logged the finding' : 'recorded as a self-validation'}, on ${val.createdAt.toISOString()}; ` +
          'this process requires validation by a different designated searcher (policy IV.B.10).',
      ),
    );
  }
  return out;
}

function releasedIncomplete(ctx: Context, rows: Map<string, UniformityCandidateRow>): Deviation[] {
  const out: Deviation[] = [];
  for (const v of ctx.input.vettings) {
    const reports = ctx.reportsByVetting.get(v.vettingId) ?? [];
    const row = rows.get(v.vettingId)!;
    if (!reports.length || row.itemsResolved >= row.itemsTotal) continue;
    const items = v.checklistVersionId ? (ctx.itemsByVersion.get(v.checklistVersionId) ?? []) : [];
    const resolved = new Set((ctx.resultsByVetting.get(v.vettingId) ?? []).map((r) => r.itemKey));
    const missing = items.filter((i) => !resolved.has(i.key)).map((i) => i.key);
    out.push(
      deviation(
        'RELEASED_INCOMPLETE',
        v,
        `${v.candidateName}'s report was released (version ${reports.at(-1)!.version}) with only ${row.itemsResolved} of ${row.itemsTotal} ` +
          `checklist items resolved (unresolved: ${missing.join(', ')}). A candidate is not vetted until every item is resolved (policy IV.B.5).`,
      ),
    );
  }
  return out;
}

function leftBehind(ctx: Context): Deviation[] {
  const released = ctx.input.vettings.filter((v) => ctx.reportsByVetting.has(v.vettingId));
  if (!released.length) return [];
  const others = `while ${plural(released.length, 'other candidate')} in this process ${released.length === 1 ? 'has' : 'have'} a released report`;
  const out: Deviation[] = [];
  for (const v of ctx.input.vettings) {
    if (ctx.reportsByVetting.has(v.vettingId)) continue;
    if (!v.searcherId) {
      out.push(
        deviation(
          'NOT_ASSIGNED',
          v,
          `${v.candidateName} was never assigned a searcher, ${others}.`,
        ),
      );
    } else if (!v.submittedAt) {
      const who = ctx.input.userNames.get(v.searcherId) ?? v.searcherId;
      out.push(
        deviation(
          'NOT_SUBMITTED',
          v,
          `${v.candidateName}'s search (assigned to ${who}, status ${v.status}) was never submitted, ${others}.`,
        ),
      );
    }
  }
  return out;
}

export function deviations(
  input: UniformityInput,
  rows: UniformityCandidateRow[],
  ctx = context(input),
): DeviationView[] {
  const rowByVetting = new Map(rows.map((r) => [r.vettingId, r]));
  const all = [
    ...checklistVersionMismatches(ctx),
    ...inconsistentSkips(ctx),
    ...effortOutliers(ctx),
    ...unverifiedReported(ctx),
    ...selfValidations(ctx),
    ...releasedIncomplete(ctx, rowByVetting),
    ...leftBehind(ctx),
  ];
  const order = new Map(input.vettings.map((v, n) => [v.vettingId, n]));
  // Stable: by candidate, then by kind; within a kind the order of discovery is kept.
  return all
    .map((d, n) => ({ d, n }))
    .sort(
      (a, b) =>
        (order.get(a.d.vettingId) ?? 0) - (order.get(b.d.vettingId) ?? 0) ||
        KIND_ORDER.indexOf(a.d.kind) - KIND_ORDER.indexOf(b.d.kind) ||
        a.n - b.n,
    )
    .map((x) => x.d);
}

const DUTY_ORDER = [
  'POOL',
  'ASSIGNED',
  'SEARCH_LOGGED',
  'FINDING_AUTHOR',
  'VALIDATOR',
  'FILTER_REVIEWER',
];

/** People with an active panel seat who also did (or were permitted) searcher work in the process. */
export function separationOfDuties(input: UniformityInput): SeparationOfDutiesBreachView[] {
  const duties = groupBy(input.duties, (d) => d.userId);
  const out: SeparationOfDutiesBreachView[] = [];
  const seats = [...input.panelMembers].sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime());
  const seen = new Set<string>();
  for (const seat of seats) {
    const work = duties.get(seat.userId);
    if (!work || seen.has(seat.userId)) continue;
    seen.add(seat.userId);
    const rank = (d: string) =>
      DUTY_ORDER.includes(d) ? DUTY_ORDER.indexOf(d) : DUTY_ORDER.length;
    out.push({
      userId: seat.userId,
      name: input.userNames.get(seat.userId) ?? null,
      searcherWork: [...new Set(work.map((d) => d.duty))].sort(
        (a, b) => rank(a) - rank(b) || a.localeCompare(b),
      ),
      panelSince: seat.addedAt,
    });
  }
  return out;
}

export function searcherSummaries(
  input: UniformityInput,
  ctx = context(input),
): SearcherSummaryView[] {
  const assigned = new Map<string, Set<string>>();
  const searched = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, user: string, vetting: string) => {
    const set = m.get(user) ?? new Set<string>();
    set.add(vetting);
    m.set(user, set);
  };
  for (const v of input.vettings) if (v.searcherId) add(assigned, v.searcherId, v.vettingId);
  for (const w of input.work) add(searched, w.userId, w.vettingId);
  const authored = groupBy(input.findings, (f) => f.authorId);
  const people = [...new Set([...assigned.keys(), ...searched.keys()])];
  return people
    .map((id) => {
      const candidatesSearched = searched.get(id)?.size ?? 0;
      const findings = authored.get(id) ?? [];
      const validationOutcomes: ValidationOutcomeCounts = {
        VERIFIED: 0,
        REFUTED: 0,
        INCONCLUSIVE: 0,
        UNVALIDATED: 0,
      };
      for (const f of findings)
        validationOutcomes[ctx.latest.get(f.findingId)?.status ?? 'UNVALIDATED'] += 1;
      return {
        searcherId: id,
        name: input.userNames.get(id) ?? null,
        candidatesAssigned: assigned.get(id)?.size ?? 0,
        candidatesSearched,
        findingsPerCandidate: candidatesSearched
          ? round(findings.length / candidatesSearched, 2)
          : 0,
        validationOutcomes,
      };
    })
    .sort(
      (a, b) =>
        (a.name ?? '').localeCompare(b.name ?? '') || a.searcherId.localeCompare(b.searcherId),
    );
}

export function summary(
  input: UniformityInput,
  rows: UniformityCandidateRow[],
  devs: DeviationView[],
  ctx = context(input),
): UniformitySummaryView {
  const full = rows.filter((r) => r.itemsTotal > 0 && r.itemsResolved === r.itemsTotal).length;
  const deviationsByKind: Record<string, number> = {};
  for (const d of devs) deviationsByKind[d.kind] = (deviationsByKind[d.kind] ?? 0) + 1;
  return {
    candidates: rows.length,
    fullCoverageShare: rows.length ? round(full / rows.length, 4) : 0,
    deviationCount: devs.length,
    deviationsByKind,
    perSearcher: searcherSummaries(input, ctx),
  };
}

/** The whole report from the gathered rows. */
export function computeUniformity(input: UniformityInput): UniformityReport {
  const ctx = context(input);
  const rows = candidateRows(input, ctx);
  const devs = deviations(input, rows, ctx);
  return {
    process: {
      id: input.process.id,
      title: input.process.title,
      status: input.process.status,
      requireIndependentValidation: input.process.requireIndependentValidation,
      currentChecklistVersion: input.process.currentChecklistVersion,
      generatedAt: input.generatedAt,
    },
    candidates: rows,
    deviations: devs,
    separationOfDuties: separationOfDuties(input),
    keepDecisions: input.keepDecisions,
    summary: summary(input, rows, devs, ctx),
  };
}

// ---------------------------------------------------------------------------------------------
// CSV flattening
// ---------------------------------------------------------------------------------------------

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
