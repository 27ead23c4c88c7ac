/**
 * The server's character rule for redaction offsets: offsets are UTF-16 code-unit indices (the
 * same as JavaScript string indices), and a span must start and end on an extended grapheme
 * cluster boundary. These pure functions turn what a person selected into such a span.
 */

export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Every grapheme cluster boundary of `text`, ascending, including 0 and text.length. */
export function graphemeBoundaries(text: string): number[] {
  const out: number[] = [];
  for (const { index } of segmenter.segment(text)) out.push(index);
  out.push(text.length);
  return out;
}

/**
 * Widens [start, end) outward to the nearest grapheme boundaries, so half an emoji, a flag or
 * a letter without its combining mark can never be selected. Returns null for an empty result.
 */
export function snapToGraphemes(text: string, start: number, end: number): Span | null {
  let lo = Math.max(0, Math.min(start, end, text.length));
  let hi = Math.min(text.length, Math.max(start, end, 0));
  if (hi <= lo) return null;
  const bounds = graphemeBoundaries(text);
  let snappedStart = 0;
  for (const b of bounds) {
    if (b <= lo) snappedStart = b;
    else break;
  }
  let snappedEnd = text.length;
  for (const b of bounds) {
    if (b >= hi) {
      snappedEnd = b;
      break;
    }
  }
  lo = snappedStart;
  hi = snappedEnd;
  return hi > lo ? { start: lo, end: hi } : null;
}

/** True when both ends of the span fall on grapheme boundaries of `text`. */
export function onGraphemeBoundaries(text: string, span: Span): boolean {
  const bounds = new Set(graphemeBoundaries(text));
  return span.start < span.end && bounds.has(span.start) && bounds.has(span.end);
}

/**
 * The offset of a point inside a field's rendered text, given the lengths of the field's text
 * nodes in document order, the index of the node holding the point and the offset within it.
 */
export function offsetInField(
  nodeLengths: number[],
  nodeIndex: number,
  offsetInNode: number,
): number {
  let total = 0;
  for (let i = 0; i < nodeIndex && i < nodeLengths.length; i++) total += nodeLengths[i];
  const own = nodeLengths[nodeIndex] ?? 0;
  return total + Math.max(0, Math.min(offsetInNode, own));
}
