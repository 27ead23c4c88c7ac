import { snapToGraphemes, type Span } from './graphemes';

/**
 * The current document selection as a span of `container`'s text, snapped outward to grapheme
 * boundaries; null when nothing (or something outside the container) is selected. The
 * container must hold only the field's text as text nodes (marks add no characters).
 */
export function selectionInContainer(container: HTMLElement, text: string): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange();
    before.setStart(container, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  return snapToGraphemes(
    text,
    offsetOf(range.startContainer, range.startOffset),
    offsetOf(range.endContainer, range.endOffset),
  );
}
