/**
 * The first two words of a rule phrase, as the fast paths before a regex see them: what the
 * start filter (start-filter.ts) learns from each phrase, and the cheap second-word test that
 * decides whether a template's own expression needs to run at a match.
 */
import { type NextSpec, type StartFilter, wordSequences } from './start-filter';

export type Token = { kind: 'word'; text: string } | { kind: 'slot'; name: string };

/** The ordinal words {ORD} matches, besides "21st". */
export const ORD_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'twentieth',
  'twenty-fifth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
];

/** The key two spellings share when the scanner treats them alike ("dark-skinned" = "dark skinned"). */
export function canonical(text: string): string {
  return text.replace(/[\s\-'./]+/g, '');
}

/** The canonical second word of a match must be a number, or one of `words`. */
export interface SecondWordTest {
  digit: boolean;
  words: ReadonlySet<string>;
}

/**
 * The first words a template can start with, to look it up by a match's first word: a word
 * list's first words; "#" for a number ({NUM}, {AGE}, "21st"); "*" for any word.
 */
export function templateKeys(
  slot: string,
  macroFirstWords: ReadonlyMap<string, Set<string>>,
): string[] {
  const words = macroFirstWords.get(slot);
  if (words !== undefined) return [...words];
  if (slot === 'ORD') return ['#', ...ORD_WORDS.map((w) => canonical(w.split('-')[0]))];
  if (BUILTIN_NUMBERS.has(slot)) return ['#'];
  return ['*'];
}

/** Built-in slots that start with a digit. */
const BUILTIN_NUMBERS: ReadonlySet<string> = new Set(['NUM', 'AGE', 'YEAR', 'YY', 'PCT']);

/** What may follow a phrase's first token, for the start filter. */
function nextSpec(token: Token | undefined, macroForms: ReadonlyMap<string, string[]>): NextSpec {
  if (token === undefined) return { kind: 'any' };
  if (token.kind === 'word') return { kind: 'words', words: [token.text] };
  switch (token.name) {
    case 'NUM':
    case 'AGE':
    case 'YEAR':
    case 'YY':
    case 'PCT':
      return { kind: 'digit' };
    case 'ORD':
      return { kind: 'words', words: ORD_WORDS, digit: true };
    default: {
      const forms = macroForms.get(token.name);
      return forms === undefined ? { kind: 'any' } : { kind: 'words', words: forms };
    }
  }
}

/** The test on a template's second word (see TemplatePhrase), or null if there is none. */
export function secondWordTest(
  tokens: Token[],
  macroForms: ReadonlyMap<string, string[]>,
): SecondWordTest | null {
  const [first, second] = tokens;
  // Only a first token of one plain word, so the second word of the text is the second token's.
  if (first.kind !== 'word' || !/^[a-z0-9]+$/.test(first.text)) return null;
  const next = nextSpec(second, macroForms);
  if (next.kind === 'any') return null;
  if (next.kind === 'digit') return { digit: true, words: new Set() };
  const words = new Set<string>();
  for (const text of next.words) for (const seq of wordSequences(text)) words.add(seq[0]);
  return { digit: next.digit === true, words };
}

/**
 * For a template starting with a word list, the second-word test for each first word of the
 * list: the entry's own second word ("i am"), or the template's second token after a one-word
 * entry ("mom"). Null where a first word allows anything.
 */
export function macroSecondTests(
  tokens: Token[],
  macroForms: ReadonlyMap<string, string[]>,
): Map<string, SecondWordTest | null> | undefined {
  const [first, second] = tokens;
  const forms = first.kind === 'slot' ? macroForms.get(first.name) : undefined;
  if (forms === undefined) return undefined;
  const next = nextSpec(second, macroForms);
  let after: SecondWordTest | null = null;
  if (next.kind === 'digit') after = { digit: true, words: new Set() };
  else if (next.kind === 'words') {
    const words = new Set<string>();
    for (const text of next.words) for (const seq of wordSequences(text)) words.add(seq[0]);
    after = { digit: next.digit === true, words };
  }
  const tests = new Map<string, SecondWordTest | null>();
  const open = new Set<string>();
  for (const form of forms) {
    // The key the template is filed under for this entry (see templateKeys).
    const key = canonical(form.split(/[\s-]+/)[0]);
    const seqs = wordSequences(form).filter((seq) => seq[0] === key);
    if (seqs.length === 0 || seqs.some((seq) => seq.length === 1 && after === null)) {
      open.add(key);
      continue;
    }
    let test = tests.get(key);
    if (test === undefined || test === null) {
      test = { digit: false, words: new Set() };
      tests.set(key, test);
    }
    for (const seq of seqs) {
      if (seq.length > 1) (test.words as Set<string>).add(seq[1]);
      else if (after !== null) {
        if (after.digit) test.digit = true;
        for (const w of after.words) (test.words as Set<string>).add(w);
      }
    }
  }
  for (const key of open) tests.set(key, null);
  return tests;
}

/** Adds a phrase's first two tokens to the start filter. */
export function addStart(
  filter: StartFilter,
  tokens: Token[],
  macroForms: ReadonlyMap<string, string[]>,
): void {
  const [first, second] = tokens;
  const next = nextSpec(second, macroForms);
  if (first.kind === 'word') return filter.addWords([first.text], next);
  switch (first.name) {
    case 'NUM':
    case 'AGE':
    case 'YEAR':
    case 'YY':
      return filter.addNumber(next);
    case 'PCT':
      // "50% disabled", "50 percent disabled".
      return filter.addNumber(
        next.kind === 'any'
          ? next
          : {
              kind: 'words',
              words: ['percent', ...(next.kind === 'words' ? next.words : [])],
              digit: next.kind === 'digit' || next.digit === true,
            },
      );
    case 'ORD':
      filter.addNumber(next);
      return filter.addWords(ORD_WORDS, next);
    case 'PLACE':
      return filter.addAnyWord();
    default:
      return filter.addWords(macroForms.get(first.name) ?? [], next);
  }
}

/**
 * The canonical word after the separators at `at` ("'" and "." dropped, up to the next other
 * character), or "" if none.
 */
export function secondWord(lower: string, at: number): string {
  const m = SECOND_WORD.exec(lower.slice(at, at + 64));
  return m === null ? '' : m[1].replace(/['.]/g, '');
}
const SECOND_WORD = /^[^a-z0-9]*([a-z0-9][a-z0-9'.]*)/;

/** Whether a match's second word can begin a template's second token. */
export function passes(test: SecondWordTest, word: string): boolean {
  if (word === '') return false;
  if (test.digit && isDigit(word)) return true;
  // "mom's": the possessive's "s" is not part of the word list's entry.
  return test.words.has(word) || (word.endsWith('s') && test.words.has(word.slice(0, -1)));
}

const isDigit = (word: string): boolean => word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;
