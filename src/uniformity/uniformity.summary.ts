/** Per-candidate rows and the summary statistics (coverage, per-searcher figures). */
import {
  DeviationView,
  SearcherSummaryView,
  SkippedItemView,
  UniformityCandidateRow,
  UniformitySummaryView,
  ValidationOutcomeCounts,
} from './uniformity.dto';
import { FilterReviewRow, UniformityInput } from './uniformity.rows';
import { context, groupBy, round, secondsToSubmission, SKIPPED } from './uniformity.stats';

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
        ? {
            status: 'RELEASED',
            version: lastReport.version,
            releasedAt: lastReport.releasedAt,
            reportId: lastReport.id ?? null,
          }
        : { status: 'NOT_RELEASED', version: null, releasedAt: null, reportId: null },
    };
  });
}

/** Share of findings backed by a server capture (kept apart from the other per-searcher counts). */
export function serverCaptureBacking(findings: { serverCaptured?: boolean }[]) {
  const backed = findings.filter((f) => f.serverCaptured).length;
  return {
    findingsAuthored: findings.length,
    backedByServerCapture: backed,
    share: findings.length ? round(backed / findings.length, 4) : 0,
  };
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
  const vettingsBySearcher = groupBy(
    input.vettings.filter((v) => v.searcherId),
    (v) => v.searcherId!,
  );
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
      const mine = vettingsBySearcher.get(id) ?? [];
      const seconds = mine.map(secondsToSubmission).filter((s): s is number => s !== null);
      return {
        searcherId: id,
        name: input.userNames.get(id) ?? null,
        candidatesAssigned: assigned.get(id)?.size ?? 0,
        candidatesSearched,
        findingsPerCandidate: candidatesSearched
          ? round(findings.length / candidatesSearched, 2)
          : 0,
        searchesPerCandidate: mine.length
          ? round(mine.reduce((n, v) => n + v.searchesLogged, 0) / mine.length, 2)
          : 0,
        minutesPerCandidate: seconds.length
          ? round(seconds.reduce((n, s) => n + s, 0) / seconds.length / 60, 1)
          : null,
        validationOutcomes,
        serverCaptureBacking: serverCaptureBacking(findings),
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
