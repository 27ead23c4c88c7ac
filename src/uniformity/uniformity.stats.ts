/** Small, separately tested pieces of the uniformity arithmetic, and the shared lookup context. */
import {
  ChecklistItemRow,
  FindingRow,
  ItemResultRow,
  Outcome,
  ReportVersionRow,
  UniformityInput,
  ValidationRow,
  VettingRow,
} from './uniformity.rows';

export const SKIPPED: Outcome[] = ['NOT_APPLICABLE', 'UNABLE'];
export const SEARCHED: Outcome[] = ['FINDINGS', 'NO_FINDINGS'];
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

export function round(n: number, places: number): number {
  const f = 10 ** places;
  return Math.round(n * f) / f;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
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

export interface Context {
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

export function context(input: UniformityInput): Context {
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
    // The current status: a voided validation no longer counts.
    latest: latestValidations(input.validations.filter((v) => !v.voidedAt)),
    reportsByVetting,
    vettingById,
  };
}

export function secondsToSubmission(v: VettingRow): number | null {
  if (!v.submittedAt || !v.assignedAt) return null;
  return Math.round((v.submittedAt.getTime() - v.assignedAt.getTime()) / 1000);
}
