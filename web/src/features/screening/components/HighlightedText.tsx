import { Box } from '@mantine/core';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { Span } from '../lib/graphemes';
import { segmentText, type Mark } from '../lib/highlight';
import { selectionInContainer } from '../lib/dom-selection';

export interface TextMark extends Mark {
  label: string;
  tone: 'undecided' | 'redact' | 'keep' | 'extra';
}

const TONES: Record<TextMark['tone'], { background: string; outline: string }> = {
  undecided: { background: '#fff3bf', outline: '#e67700' },
  redact: { background: '#ffe3e3', outline: '#c92a2a' },
  keep: { background: '#d3f9d8', outline: '#2b8a3e' },
  extra: { background: '#e5dbff', outline: '#5f3dc4' },
};

/** Keys that move the caret or select; everything that would change the text is refused. */
const NAVIGATION = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Tab',
  'Shift',
  'Control',
  'Meta',
  'Alt',
  'Escape',
]);

/**
 * A field's full text with each flag highlighted. It is a read-only text box with a caret, so
 * text can be selected with the mouse or the keyboard (Shift + arrows); the selection is
 * reported as grapheme-snapped offsets. The text is rendered as text nodes, never as HTML.
 */
export function HighlightedText({
  label,
  text,
  marks,
  onSelection,
}: {
  label: string;
  text: string;
  marks: TextMark[];
  onSelection: (span: Span | null) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const segments = useMemo(() => segmentText(text, marks), [text, marks]);
  const byId = useMemo(() => new Map(marks.map((m) => [m.id, m])), [marks]);

  useEffect(() => {
    const onChange = () => {
      const el = ref.current;
      const selection = window.getSelection();
      if (!el || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!el.contains(range.startContainer)) return;
      onSelection(selectionInContainer(el, text));
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text, onSelection]);

  const onKeyDown = (e: KeyboardEvent) => {
    const copyOrSelectAll = (e.ctrlKey || e.metaKey) && ['a', 'c'].includes(e.key.toLowerCase());
    if (!NAVIGATION.has(e.key) && !copyOrSelectAll) e.preventDefault();
  };

  return (
    <Box
      ref={ref}
      role="textbox"
      aria-label={label}
      aria-readonly="true"
      aria-multiline="true"
      tabIndex={0}
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      onKeyDown={onKeyDown}
      onBeforeInput={(e) => e.preventDefault()}
      onPaste={(e) => e.preventDefault()}
      onCut={(e) => e.preventDefault()}
      onDrop={(e) => e.preventDefault()}
      p="sm"
      style={{
        whiteSpace: 'pre-wrap',
        border: '1px solid #868e96',
        borderRadius: 4,
        lineHeight: 1.7,
        caretColor: '#212529',
      }}
    >
      {segments.map((s) => {
        if (s.markIds.length === 0) return <span key={s.start}>{s.text}</span>;
        const covering = s.markIds.map((id) => byId.get(id)!).filter(Boolean);
        const tone = TONES[covering[covering.length - 1].tone];
        return (
          <mark
            key={s.start}
            title={covering.map((m) => m.label).join('; ')}
            data-marks={s.markIds.join(' ')}
            style={{
              background: tone.background,
              color: '#212529',
              boxShadow: `inset 0 -2px 0 ${tone.outline}`,
              outline: covering.length > 1 ? `1px dashed ${tone.outline}` : undefined,
            }}
          >
            {s.text}
          </mark>
        );
      })}
    </Box>
  );
}
