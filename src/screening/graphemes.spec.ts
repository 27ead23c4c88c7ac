import { isGraphemeBoundary, widenToGraphemes } from './graphemes';

describe('grapheme boundaries for redaction spans', () => {
  const emoji = 'Speeding again 😀 lol'; // the emoji is two UTF-16 code units, 15 and 16
  const flag = 'Pride 🏳️‍🌈 parade'; // U+1F3F3 U+FE0F U+200D U+1F308: six code units, 6 to 11
  const combining = 'Cafe\u0301 owner'; // "e" + COMBINING ACUTE ACCENT at 3 and 4

  it('refuses an offset inside a surrogate pair', () => {
    expect(isGraphemeBoundary(emoji, 15)).toBe(true);
    expect(isGraphemeBoundary(emoji, 16)).toBe(false);
    expect(isGraphemeBoundary(emoji, 17)).toBe(true);
    expect(widenToGraphemes(emoji, { start: 15, end: 16 })).toEqual({ start: 15, end: 17 });
    expect(widenToGraphemes(emoji, { start: 16, end: 17 })).toEqual({ start: 15, end: 17 });
  });

  it('treats a ZWJ sequence (rainbow flag) as one character', () => {
    expect(flag.slice(6, 12)).toBe('🏳️‍🌈');
    for (let i = 7; i < 12; i++) expect(isGraphemeBoundary(flag, i)).toBe(false);
    expect(isGraphemeBoundary(flag, 6)).toBe(true);
    expect(isGraphemeBoundary(flag, 12)).toBe(true);
    expect(widenToGraphemes(flag, { start: 8, end: 9 })).toEqual({ start: 6, end: 12 });
  });

  it('keeps a combining mark with its letter', () => {
    expect(isGraphemeBoundary(combining, 3)).toBe(true);
    expect(isGraphemeBoundary(combining, 4)).toBe(false);
    expect(isGraphemeBoundary(combining, 5)).toBe(true);
    expect(widenToGraphemes(combining, { start: 0, end: 4 })).toEqual({ start: 0, end: 5 });
  });

  it('accepts the start and end of the text and refuses offsets outside it', () => {
    expect(isGraphemeBoundary(emoji, 0)).toBe(true);
    expect(isGraphemeBoundary(emoji, emoji.length)).toBe(true);
    expect(isGraphemeBoundary(emoji, -1)).toBe(false);
    expect(isGraphemeBoundary(emoji, emoji.length + 1)).toBe(false);
    expect(isGraphemeBoundary('', 0)).toBe(true);
    expect(widenToGraphemes('😀', { start: 1, end: 2 })).toEqual({ start: 0, end: 2 });
    expect(widenToGraphemes('abc', { start: -5, end: 99 })).toEqual({ start: 0, end: 3 });
  });

  it('leaves spans already on boundaries unchanged', () => {
    expect(widenToGraphemes(emoji, { start: 0, end: 8 })).toEqual({ start: 0, end: 8 });
    expect(widenToGraphemes(flag, { start: 6, end: 12 })).toEqual({ start: 6, end: 12 });
  });
});
