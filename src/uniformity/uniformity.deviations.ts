/** Deviations: where a candidate was not treated like the others (policy IV.B.9), or a rule did not hold. */
import { DeviationKind, DeviationView, UniformityCandidateRow } from './uniformity.dto';
import { UniformityInput, ValidationRow, VettingRow } from './uniformity.rows';
import {
  Context,
  context,
  formatDuration,
  isOutlier,
  latestValidations,
  median,
  MIN_SUBMITTED_FOR_OUTLIERS,
  plural,
  referenceVersion,
  SEARCHED,
  secondsToSubmission,
  SKIPPED,
} from './uniformity.stats';
import { selfFilterReviews } from './uniformity.self-review';

const KIND_ORDER: DeviationKind[] = [
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
];

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

/**
 * A released finding whose text or identity matches changed after the validation the release
 * rested on (the latest one recorded before the release), or whose validation had been voided
 * by then: the panel read text no validation vouched for.
 */
function validationPredatesText(ctx: Context): Deviation[] {
  const changes = ctx.input.textChanges ?? [];
  if (!changes.length && !ctx.input.validations.some((x) => x.voidedAt)) return [];
  const out: Deviation[] = [];
  for (const v of ctx.input.vettings) {
    const byFinding = new Map<
      string,
      { versions: number[]; validation: ValidationRow; changedAt: Date; fields: Set<string> }
    >();
    for (const report of ctx.reportsByVetting.get(v.vettingId) ?? []) {
      const atRelease = latestValidations(
        ctx.input.validations.filter((x) => report.reportedFindingIds.includes(x.findingId)),
        report.releasedAt,
      );
      for (const findingId of report.reportedFindingIds) {
        const used = atRelease.get(findingId);
        if (!used) continue; // UNVERIFIED_FINDING_REPORTED says so
        const after = changes.filter(
          (c) =>
            c.findingId === findingId &&
            c.changedAt.getTime() > used.createdAt.getTime() &&
            c.changedAt.getTime() <= report.releasedAt.getTime(),
        );
        const voided =
          used.voidedAt && used.voidedAt.getTime() <= report.releasedAt.getTime()
            ? used.voidedAt
            : null;
        if (!after.length && !voided) continue;
        const entry = byFinding.get(findingId) ?? {
          versions: [],
          validation: used,
          changedAt: after.at(-1)?.changedAt ?? voided!,
          fields: new Set<string>(),
        };
        entry.versions.push(report.version);
        for (const c of after) c.fields.forEach((f) => entry.fields.add(f));
        if (after.length && after.at(-1)!.changedAt > entry.changedAt)
          entry.changedAt = after.at(-1)!.changedAt;
        byFinding.set(findingId, entry);
      }
    }
    for (const [findingId, { versions, validation, changedAt, fields }] of byFinding) {
      const category = ctx.findingById.get(findingId)?.category;
      const what = fields.size
        ? `its ${[...fields].join(', ')} changed`
        : 'the validation was voided';
      out.push(
        deviation(
          'VALIDATION_PREDATES_TEXT',
          v,
          `Report ${versions.length === 1 ? 'version' : 'versions'} ${versions.join(', ')} for ${v.candidateName} put finding ${findingId}` +
            `${category ? ` (${category})` : ''} before the panel on the validation of ${validation.createdAt.toISOString()} (${validation.status}), ` +
            `but ${what} on ${changedAt.toISOString()}, after that validation and before the release. ` +
            'A finding whose text or identity matches change needs a new validation before release (policy IV.B.10).',
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
    ...validationPredatesText(ctx),
    ...selfValidations(ctx),
    ...selfFilterReviews(ctx),
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
