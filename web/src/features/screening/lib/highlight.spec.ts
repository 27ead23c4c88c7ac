import { snapToGraphemes } from './graphemes';
import { redactText, REDACTION_MARKER, segmentText } from './highlight';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('highlighting a field by its flags', () => {
  it('returns the whole text as one unmarked segment without flags', () => {
    expect(segmentText('nothing here', [])).toEqual([
      { start: 0, end: 12, text: 'nothing here', markIds: [] },
    ]);
  });

  it('cuts overlapping flags into segments listing every flag that covers them', () => {
    const segments = segmentText('abcdefgh', [
      { id: 'A', start: 1, end: 5 },
      { id: 'B', start: 3, end: 7 },
    ]);
    expect(segments.map((s) => [s.text, s.markIds])).toEqual([
      ['a', []],
      ['bc', ['A']],
      ['de', ['A', 'B']],
      ['fg', ['B']],
      ['h', []],
    ]);
    expect(join(segments)).toBe('abcdefgh');
  });

  it('handles nested, identical and touching flags', () => {
    const segments = segmentText('0123456789', [
      { id: 'outer', start: 0, end: 10 },
      { id: 'inner', start: 2, end: 4 },
      { id: 'same', start: 2, end: 4 },
      { id: 'next', start: 4, end: 6 },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.markIds])).toEqual([
      [0, 2, ['outer']],
      [2, 4, ['outer', 'inner', 'same']],
      [4, 6, ['outer', 'next']],
      [6, 10, ['outer']],
    ]);
  });

  it('keeps emoji, flags and combining marks whole inside segments', () => {
    const text = 'I 👍 the 🇺🇸 café\u0301';
    const flag = { id: 'f', start: text.indexOf('🇺🇸'), end: text.indexOf('🇺🇸') + 4 };
    const segments = segmentText(text, [flag]);
    expect(segments.find((s) => s.markIds.includes('f'))?.text).toBe('🇺🇸');
    expect(join(segments)).toBe(text);
  });

  it('ignores empty and out-of-range marks', () => {
    expect(
      segmentText('abc', [
        { id: 'x', start: 2, end: 2 },
        { id: 'y', start: 5, end: 9 },
      ]),
    ).toEqual([{ start: 0, end: 3, text: 'abc', markIds: [] }]);
  });
});

describe('the preview the panel will see', () => {
  it('replaces each span with the neutral marker', () => {
    expect(redactText('He is a devout Lutheran and shouts', [{ start: 15, end: 23 }])).toBe(
      `He is a devout ${REDACTION_MARKER} and shouts`,
    );
  });

  it('merges overlapping and adjacent spans into one marker, in any order', () => {
    const text = 'abcdefghij';
    expect(
      redactText(text, [
        { start: 5, end: 8 },
        { start: 1, end: 3 },
        { start: 3, end: 6 },
      ]),
    ).toBe(`a${REDACTION_MARKER}ij`);
    expect(
      redactText(text, [
        { start: 0, end: 2 },
        { start: 4, end: 6 },
      ]),
    ).toBe(`${REDACTION_MARKER}cd${REDACTION_MARKER}ghij`);
  });

  it('redacts a selected emoji whole after snapping, never leaving half a surrogate', () => {
    const text = 'ok 👨‍👩‍👧 bye';
    const span = snapToGraphemes(text, 4, 5);
    expect(span).not.toBeNull();
    expect(redactText(text, [span!])).toBe(`ok ${REDACTION_MARKER} bye`);
  });
});
