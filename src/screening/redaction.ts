import { Span, widenToGraphemes } from './graphemes';

export type { Span } from './graphemes';

/** The one neutral marker for every redaction. It never names the protected class. */
export const REDACTION_MARKER = '[withheld]';

/**
 * Replaces each span (overlapping or adjacent spans merged) with the neutral marker. Each span
 * is first widened to whole characters (grapheme clusters), so the result never holds half a
 * character, whatever the span: a detector flag, or a review stored before spans were checked.
 */
export function redact(text: string, spans: Span[]): string {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .map((s) => widenToGraphemes(text, s))
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
