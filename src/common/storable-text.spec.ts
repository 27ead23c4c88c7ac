import { unstorableText } from './storable-text';

describe('storable text', () => {
  it('accepts well-formed text, whole emoji and flags included', () => {
    expect(unstorableText('Speeding again 😀 lol 🏳️‍🌈 cafe\u0301')).toBeNull();
    expect(unstorableText('')).toBeNull();
  });

  it('names a NUL character and a lone surrogate, high or low, with the offset', () => {
    expect(unstorableText('ab\u0000c')).toBe('a NUL character (U+0000) at offset 2');
    expect(unstorableText('Speeding again \ud83d lol')).toBe(
      'a lone surrogate (half of a character) at offset 15',
    );
    expect(unstorableText('end \ud83d')).toMatch(/lone surrogate .* offset 4/);
    expect(unstorableText('\ude00 start')).toMatch(/lone surrogate .* offset 0/);
    expect(unstorableText('😀\ude00')).toMatch(/lone surrogate .* offset 2/);
  });
});
