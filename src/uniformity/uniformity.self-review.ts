/** Self-reviewed findings: the filter review of a finding made by the searcher who logged it. */
import { DeviationView } from './uniformity.dto';
import { FilterReviewRow, UniformityInput } from './uniformity.rows';
import {
  FilterReviewIndependenceView,
  SelfReviewedFindingView,
} from './uniformity.self-review.dto';
import { Context } from './uniformity.stats';

/** The latest filter review of each finding (the one that counts). */
function latestReviews(input: UniformityInput): FilterReviewRow[] {
  const latest = new Map<string, FilterReviewRow>();
  for (const r of input.filterReviews) {
    const seen = latest.get(r.findingId);
    if (!seen || r.createdAt >= seen.createdAt) latest.set(r.findingId, r);
  }
  return [...latest.values()];
}

function selfReviewed(ctx: Context): SelfReviewedFindingView[] {
  const relaxed = ctx.input.process.requireIndependentFilterReview === false;
  const out: SelfReviewedFindingView[] = [];
  for (const r of latestReviews(ctx.input)) {
    const finding = ctx.findingById.get(r.findingId);
    if (!finding) continue;
    const reviewerId = r.reviewerId ?? '';
    if (!r.selfReviewed && reviewerId !== finding.authorId) continue;
    const v = ctx.vettingById.get(finding.vettingId);
    if (!v) continue;
    out.push({
      findingId: finding.findingId,
      vettingId: v.vettingId,
      candidateId: v.candidateId,
      reviewerId,
      reviewerName: ctx.input.userNames.get(reviewerId) ?? null,
      reviewedAt: r.createdAt,
      underRelaxedSetting: relaxed,
    });
  }
  return out;
}

export function filterReviewIndependence(ctx: Context): FilterReviewIndependenceView {
  const findings = selfReviewed(ctx);
  const bySearcher = new Map<string, number>();
  for (const f of findings) bySearcher.set(f.reviewerId, (bySearcher.get(f.reviewerId) ?? 0) + 1);
  return {
    requireIndependentFilterReview: ctx.input.process.requireIndependentFilterReview !== false,
    relaxedReason: ctx.input.process.filterReviewRelaxedReason ?? null,
    reviewedFindings: latestReviews(ctx.input).filter((r) => ctx.findingById.has(r.findingId))
      .length,
    selfReviewedFindings: findings.length,
    perSearcher: [...bySearcher].map(([searcherId, n]) => ({
      searcherId,
      name: ctx.input.userNames.get(searcherId) ?? null,
      selfReviewedFindings: n,
    })),
    findings,
  };
}

/**
 * SELF_FILTER_REVIEW: a finding whose standing filter review was made by its author. Where the
 * process requires independent review it breaks the rule; where the process relaxed it, the
 * deviation still shows, with the recorded reason, so an allowed self-review is never invisible.
 */
export function selfFilterReviews(ctx: Context): DeviationView[] {
  const reason = ctx.input.process.filterReviewRelaxedReason;
  return selfReviewed(ctx).map((s) => {
    const v = ctx.vettingById.get(s.vettingId)!;
    const finding = ctx.findingById.get(s.findingId)!;
    const who = s.reviewerName ?? s.reviewerId;
    return {
      kind: 'SELF_FILTER_REVIEW' as const,
      candidateId: v.candidateId,
      vettingId: v.vettingId,
      explanation:
        `The protected-class filter of finding ${s.findingId} (${finding.category}) for ${v.candidateName} was reviewed by ${who}, ` +
        `who logged the finding, on ${s.reviewedAt.toISOString()}; ` +
        (s.underRelaxedSetting
          ? `allowed because the process relaxed independent filter review (recorded reason: ${reason ?? 'none'}).`
          : 'this process requires the filter review of a finding by a different designated searcher.'),
    };
  });
}
