/**
 * Splits a hashtag into words so the detector can read it: "#PrideMonth" -> "pride month",
 * "#bornandraisedinmanila" -> "born and raised in manila". Case changes and digits split
 * first; a run with no case change is split by dynamic programming into the fewest words of
 * the vocabulary (the rules' words, the gazetteer's and common function words), letting
 * unknown letters through one at a time at a high cost.
 */
const FUNCTION_WORDS = [
  'a',
  'an',
  'and',
  'the',
  'in',
  'of',
  'on',
  'at',
  'to',
  'from',
  'for',
  'my',
  'our',
  'is',
  'am',
  'are',
  'was',
  'i',
  'im',
  'me',
  'we',
  'us',
  'it',
  'its',
  'be',
  'proud',
  'love',
  'life',
  'day',
  'month',
  'week',
  'year',
  'and',
  'raised',
  'born',
  'here',
  'home',
  'back',
  'new',
  'all',
  'not',
  'no',
  'so',
  'very',
  'strong',
  'free',
  'beautiful',
  'power',
  'forever',
  'always',
  'vote',
  'team',
];
const MAX_WORD = 24;
const UNKNOWN_COST = 3;

export class HashtagSplitter {
  private readonly words: Set<string>;

  constructor(vocabulary: Iterable<string>) {
    this.words = new Set(FUNCTION_WORDS);
    for (const word of vocabulary) if (/^[a-z]+$/.test(word)) this.words.add(word);
  }

  /** Lower-case words of the tag body (without "#"), joined by single spaces. */
  split(body: string): string {
    const runs = body
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/([A-Za-z])(\d)/g, '$1 $2')
      .replace(/(\d)([A-Za-z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase()
      .split(' ')
      .filter((r) => r.length > 0);
    return runs.map((run) => (/^[a-z]+$/.test(run) ? this.segment(run) : run)).join(' ');
  }

  private segment(run: string): string {
    if (this.words.has(run) || run.length > 80) return run;
    const n = run.length;
    const cost = new Array<number>(n + 1).fill(Infinity);
    const back = new Array<number>(n + 1).fill(0);
    cost[0] = 0;
    for (let end = 1; end <= n; end++) {
      for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
        const piece = run.slice(start, end);
        const step = this.words.has(piece) ? 1 : end - start === 1 ? UNKNOWN_COST : Infinity;
        if (cost[start] + step < cost[end]) {
          cost[end] = cost[start] + step;
          back[end] = start;
        }
      }
    }
    const parts: string[] = [];
    for (let end = n; end > 0; end = back[end]) parts.unshift(run.slice(back[end], end));
    // Glue runs of unknown single letters back together.
    return parts.join(' ').replace(/\b([a-z]) (?=[a-z]\b)/g, '$1');
  }
}
