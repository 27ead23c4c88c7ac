/**
 * Character boundaries for redaction spans. Offsets are UTF-16 code-unit indices (JavaScript
 * string indices, what a browser selection gives); a span may only start and end between two
 * extended grapheme clusters (what a reader sees as one character), so a redaction can never
 * leave half an emoji, half a ZWJ sequence or a letter without its combining mark behind.
 */
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

export interface Span {
  start: number;
  end: number;
}

/** True if `offset` lies between two graphemes of `text` (0 and text.length always do). */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) return false;
  if (offset === 0 || offset === text.length) return true;
  return segmenter.segment(text).containing(offset)!.index === offset;
}

/** The nearest boundary at or before `offset` (clamped to the text). */
export function boundaryAtOrBefore(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  return segmenter.segment(text).containing(offset)!.index;
}

/** The nearest boundary at or after `offset` (clamped to the text). */
export function boundaryAtOrAfter(text: string, offset: number): number {
  if (offset <= 0) return 0;
  if (offset >= text.length) return text.length;
  const seg = segmenter.segment(text).containing(offset)!;
  return seg.index === offset ? offset : seg.index + seg.segment.length;
}

/** The smallest span on grapheme boundaries that encloses `span`. */
export function widenToGraphemes(text: string, span: Span): Span {
  return { start: boundaryAtOrBefore(text, span.start), end: boundaryAtOrAfter(text, span.end) };
}
