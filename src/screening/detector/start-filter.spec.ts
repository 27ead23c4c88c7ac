import { CORPUS } from './corpus';
import { ProtectedClassDetector } from './detector';
import { loadSplit } from './eval/evaluate';
import { StartFilter, wordSequences } from './start-filter';

function starts(filter: StartFilter, text: string): string[] {
  const out: number[] = [];
  filter.candidates(text, out);
  return out.map((i) => text.slice(i, i + 12));
}

describe('wordSequences', () => {
  it('reads a hyphen as a break or as nothing, and drops apostrophes and dots', () => {
    expect(wordSequences('ex-wife')).toEqual([['ex', 'wife'], ['exwife']]);
    expect(wordSequences("st. patrick's")).toEqual([['st', 'patricks']]);
    expect(wordSequences('she/her')).toEqual([['she', 'her']]);
    expect(wordSequences('lgbtq+')).toEqual([['lgbtq']]);
  });
});

describe('start filter', () => {
  const filter = new StartFilter();
  filter.addWords(['veteran'], { kind: 'any' });
  filter.addWords(['my'], { kind: 'words', words: ['wife', 'mother-in-law'] });
  filter.addWords(['dont'], { kind: 'words', words: ['drink'] });
  filter.addNumber({ kind: 'words', words: ['years'] });
  filter.seal();

  it('offers a common first word only where the second word can continue a phrase', () => {
    expect(starts(filter, 'my wife and my car')).toEqual(['my wife and ']);
    expect(starts(filter, 'my mother in law')).toEqual(['my mother in']);
  });

  it('reads through a possessive and punctuation to the second word', () => {
    expect(starts(filter, "the veteran's post")).toEqual(["veteran's po"]);
    expect(starts(filter, 'my... wife')).toEqual(['my... wife']);
  });

  it('takes a one-word phrase anywhere it is a whole word, never inside one', () => {
    expect(starts(filter, 'veteran, veterans, aveteran, veteran_x')).toEqual(['veteran, vet']);
  });

  it('skips an apostrophe inside a word', () => {
    expect(starts(filter, "i don't drink")).toEqual(["don't drink"]);
  });

  it('offers a number only before a word that can follow it', () => {
    expect(starts(filter, 'at 52 years, 52 apples')).toEqual(['52 years, 52']);
  });
});

describe('start filter in the detector', () => {
  // The filter may only save work: a detector that tries every word start finds the same hits.
  const detector = new ProtectedClassDetector();
  const exhaustive = new ProtectedClassDetector();
  const compiled = (exhaustive as unknown as { compiled: { starts: StartFilter } }).compiled;
  compiled.starts.candidates = (lower: string, out: number[]): number => {
    out.length = 0;
    for (const m of lower.matchAll(/\b[a-z0-9]/g)) out.push(m.index);
    return out.length;
  };
  const texts = [
    ...CORPUS.map((s) => s.text),
    ...loadSplit('dev').map((r) => r.text),
    ...loadSplit('test').map((r) => r.text),
  ];

  it('drops no hit on any corpus sentence', () => {
    const differ = texts.filter(
      (text) => JSON.stringify(detector.scan(text)) !== JSON.stringify(exhaustive.scan(text)),
    );
    expect(differ).toEqual([]);
  });

  it('offers far fewer starts than there are words', () => {
    const text = texts.join(' ').toLowerCase();
    const out: number[] = [];
    const offered = (
      detector as unknown as { compiled: { starts: StartFilter } }
    ).compiled.starts.candidates(text, out);
    expect(offered).toBeLessThan(text.split(/\s+/).length / 2);
  });
});
