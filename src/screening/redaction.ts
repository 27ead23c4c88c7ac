/** The one neutral marker for every redaction. It never names the protected class. */
export const REDACTION_MARKER = '[withheld]';

export interface Span {
  start: number;
  end: number;
}

/** Replaces each span (overlapping or adjacent spans merged) with the neutral marker. */
export function redact(text: string, spans: Span[]): string {
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
