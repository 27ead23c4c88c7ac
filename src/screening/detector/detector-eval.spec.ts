import { ProtectedClassDetector } from './detector';
import { evaluate, loadSplit, splitSha256 } from './eval/evaluate';
import { PROTECTED_CLASSES } from './protected-class';

/**
 * The detector's figures on the evaluation corpus written for version 2 (eval/LABELLING.md).
 * The test split was committed on its own before any rule changed, and is never edited: its
 * hash is pinned here, so a change to it fails this test instead of quietly moving the bar.
 */
const FROZEN_TEST_SHA256 = 'd5f3c1c82a3fea9db9bea32c017d6b9cc7a9cd67e45199d7b1d0f6d32ac70be6';

const detector = new ProtectedClassDetector();
const scan = (text: string) => detector.scan(text);

describe('evaluation corpus', () => {
  const dev = loadSplit('dev');
  const test = loadSplit('test');
  const all = [...dev, ...test];

  it('has the frozen test split, byte for byte', () => {
    expect(splitSha256('test')).toBe(FROZEN_TEST_SHA256);
  });

  it('has at least 800 sentences, 250 of them clean', () => {
    expect(all.length).toBeGreaterThanOrEqual(800);
    expect(all.filter((r) => r.class === null).length).toBeGreaterThanOrEqual(250);
  });

  it.each([...PROTECTED_CLASSES])(
    'has at least 30 sentences of %s, each with leak spans',
    (cls) => {
      const records = all.filter((r) => r.class === cls);
      expect(records.length).toBeGreaterThanOrEqual(30);
      for (const record of records) expect(record.spans.length).toBeGreaterThan(0);
    },
  );

  it('keeps every sentence in one split only', () => {
    const devTexts = new Set(dev.map((r) => r.text));
    expect(test.filter((r) => devTexts.has(r.text))).toEqual([]);
  });
});

describe('accuracy on the frozen test split', () => {
  const result = evaluate(loadSplit('test'), scan);

  it('covers every leak span of at least 95% of protected sentences', () => {
    expect(result.spanRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('flags at most 10% of clean sentences', () => {
    expect(result.cleanFlagRate).toBeLessThanOrEqual(0.1);
  });
});

describe('span coverage scoring', () => {
  it('counts a sentence as caught only when every leak span is covered', () => {
    const records = [
      {
        text: 'Proud veteran and I got engaged',
        class: 'VETERAN_STATUS' as const,
        spans: ['veteran', 'engaged'],
      },
      {
        text: 'Proud veteran of the bake sale wars',
        class: 'VETERAN_STATUS' as const,
        spans: ['veteran', 'bake sale'],
      },
    ];
    const result = evaluate(records, scan);
    expect(result.caught).toBe(1);
    expect(result.misses.map((m) => m.uncovered)).toEqual([['bake sale']]);
  });
});
