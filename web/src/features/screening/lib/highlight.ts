import { Span } from './graphemes';

/** Something marked on a field's text: a detector flag or a redaction the reviewer added. */
export interface Mark extends Span {
  id: string;
}

/** A run of text covered by the same set of marks (empty when nothing covers it). */
export interface Segment extends Span {
  text: string;
  markIds: string[];
}

/**
 * Cuts `text` into consecutive segments at every mark edge, each listing the marks covering it
 * (overlapping flags give a segment with several ids). Joined, the segments are the text.
 */
export function segmentText(text: string, marks: Mark[]): Segment[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const markIds = valid.filter((m) => m.start < end && m.end > start).map((m) => m.id);
    segments.push({ start, end, text: text.slice(start, end), markIds });
  }
  return segments;
}

/** The one neutral marker the panel sees in place of every redaction. */
export const REDACTION_MARKER = '[withheld]';

/**
 * What the panel will see: each redacted span replaced by the marker, overlapping or adjacent
 * spans merged into one (the same rule as the server's src/screening/redaction.ts; after the
 * review is sent the page shows the server's own preview).
 */
export function redactText(text: string, spans: Span[]): string {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let out = '';
  let at = 0;
  for (const s of merged) {
    out += text.slice(at, s.start) + REDACTION_MARKER;
    at = s.end;
  }
  return out + text.slice(at);
}
