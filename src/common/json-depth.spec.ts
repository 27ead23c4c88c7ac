import { firstUnstorableString, jsonDepthExceeds } from './json-depth';

const nested = (levels: number) => JSON.parse('['.repeat(levels) + ']'.repeat(levels)) as unknown;

describe('JSON depth limit', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(jsonDepthExceeds('text', 0)).toBe(false);
    expect(jsonDepthExceeds({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(jsonDepthExceeds({ a: [1, { b: 2 }] }, 2)).toBe(true);
  });

  it('accepts exactly the limit and refuses one more, without recursion', () => {
    expect(jsonDepthExceeds(nested(32), 32)).toBe(false);
    expect(jsonDepthExceeds(nested(33), 32)).toBe(true);
    expect(jsonDepthExceeds(nested(100_000), 32)).toBe(true);
  });
});

describe('unstorable strings anywhere in a body', () => {
  it('names the JSON path of a NUL or a lone surrogate, in values and keys', () => {
    expect(firstUnstorableString({ platform: 'ok', items: [{ notes: 'a\u0000b' }] })).toBe(
      'items[0].notes contains a NUL character (U+0000) at offset 1',
    );
    expect(firstUnstorableString({ method: 'half \ud83d' })).toBe(
      'method contains a lone surrogate (half of a character) at offset 5',
    );
    expect(firstUnstorableString({ ['k\u0000']: 1 })).toMatch(
      /^a field name in the body contains a NUL/,
    );
    expect(firstUnstorableString('\udc00')).toMatch(/^the body contains a lone surrogate/);
  });

  it('accepts well-formed text, emoji and flags included', () => {
    expect(
      firstUnstorableString({ excerpt: 'Speeding again 😀 🏳️‍🌈 é', n: 3, ok: true, x: null }),
    ).toBeNull();
  });
});
