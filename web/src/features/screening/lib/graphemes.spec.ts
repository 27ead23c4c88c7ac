import {
  graphemeBoundaries,
  offsetInField,
  onGraphemeBoundaries,
  snapToGraphemes,
} from './graphemes';

describe('selection to offsets (UTF-16 indices on grapheme boundaries)', () => {
  it('keeps a plain selection as it is', () => {
    expect(snapToGraphemes('hello world', 6, 11)).toEqual({ start: 6, end: 11 });
  });

  it('orders a backwards selection (made from right to left)', () => {
    expect(snapToGraphemes('hello world', 11, 6)).toEqual({ start: 6, end: 11 });
  });

  it('returns null for an empty or out-of-range selection', () => {
    expect(snapToGraphemes('hello', 2, 2)).toBeNull();
    expect(snapToGraphemes('hello', 9, 12)).toBeNull();
    expect(snapToGraphemes('', 0, 1)).toBeNull();
  });

  it('widens half of a surrogate-pair emoji to the whole emoji', () => {
    const text = 'a👍b'; // 👍 is two UTF-16 code units at 1..3
    expect(text.length).toBe(4);
    expect(snapToGraphemes(text, 2, 3)).toEqual({ start: 1, end: 3 });
    expect(snapToGraphemes(text, 1, 2)).toEqual({ start: 1, end: 3 });
    expect(snapToGraphemes(text, 0, 2)).toEqual({ start: 0, end: 3 });
  });

  it('never splits a ZWJ family or a skin-tone emoji', () => {
    const family = '👨‍👩‍👧'; // man ZWJ woman ZWJ girl: 8 code units, one grapheme
    const text = `x${family}y`;
    expect(snapToGraphemes(text, 3, 5)).toEqual({ start: 1, end: 1 + family.length });
    const wave = '👋🏽';
    expect(snapToGraphemes(`${wave}!`, 0, 2)).toEqual({ start: 0, end: wave.length });
  });

  it('keeps both regional indicators of a flag together', () => {
    const text = 'go 🇺🇸 now'; // the flag is 4 code units at 3..7
    expect(snapToGraphemes(text, 5, 6)).toEqual({ start: 3, end: 7 });
    // Two flags side by side are two graphemes: selecting inside the second takes only it.
    const two = '🇺🇸🇲🇽';
    expect(snapToGraphemes(two, 5, 6)).toEqual({ start: 4, end: 8 });
  });

  it('keeps a letter with its combining mark', () => {
    const text = 'cafe\u0301 ok'; // e + COMBINING ACUTE ACCENT at 3..5
    expect(snapToGraphemes(text, 3, 4)).toEqual({ start: 3, end: 5 });
    expect(snapToGraphemes(text, 4, 5)).toEqual({ start: 3, end: 5 });
    expect(snapToGraphemes(text, 0, 4)).toEqual({ start: 0, end: 5 });
  });

  it('lists grapheme boundaries and checks spans against them', () => {
    expect(graphemeBoundaries('a👍b')).toEqual([0, 1, 3, 4]);
    expect(graphemeBoundaries('')).toEqual([0]);
    expect(onGraphemeBoundaries('a👍b', { start: 1, end: 3 })).toBe(true);
    expect(onGraphemeBoundaries('a👍b', { start: 2, end: 3 })).toBe(false);
    expect(onGraphemeBoundaries('a👍b', { start: 3, end: 3 })).toBe(false);
  });

  it('turns a point in the rendered text nodes into a field offset', () => {
    // "Hello " + <mark>"wor"</mark> + "ld": nodes of 6, 3 and 2 code units.
    expect(offsetInField([6, 3, 2], 0, 2)).toBe(2);
    expect(offsetInField([6, 3, 2], 1, 0)).toBe(6);
    expect(offsetInField([6, 3, 2], 2, 2)).toBe(11);
    expect(offsetInField([6, 3, 2], 1, 99)).toBe(9); // clamped to the node
  });
});
