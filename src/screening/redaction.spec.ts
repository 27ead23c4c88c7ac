import { redact, REDACTION_MARKER } from './redaction';

describe('redaction', () => {
  it('replaces each span with the same neutral marker', () => {
    expect(
      redact('I am 52 and my wife agrees', [
        { start: 5, end: 7 },
        { start: 12, end: 19 },
      ]),
    ).toBe(`I am ${REDACTION_MARKER} and ${REDACTION_MARKER} agrees`);
  });

  it('merges overlapping and adjacent spans into one marker, in any order', () => {
    expect(
      redact('abcdefghij', [
        { start: 4, end: 6 },
        { start: 2, end: 5 },
        { start: 6, end: 8 },
      ]),
    ).toBe(`ab${REDACTION_MARKER}ij`);
  });

  it('leaves text without spans unchanged and clamps spans to the text', () => {
    expect(redact('unchanged', [])).toBe('unchanged');
    expect(redact('abc', [{ start: 1, end: 99 }])).toBe(`a${REDACTION_MARKER}`);
  });

  it('widens a span to whole characters, so no half emoji, flag or accented letter is left', () => {
    expect(redact('Speeding again 😀 lol', [{ start: 15, end: 16 }])).toBe(
      `Speeding again ${REDACTION_MARKER} lol`,
    );
    expect(redact('a 🏳️‍🌈 b', [{ start: 4, end: 5 }])).toBe(`a ${REDACTION_MARKER} b`);
    expect(redact('cafe\u0301!', [{ start: 0, end: 4 }])).toBe(`${REDACTION_MARKER}!`);
  });

  it('never names the class', () => {
    expect(REDACTION_MARKER).not.toMatch(/race|relig|age|sex|disab|class/i);
  });
});
