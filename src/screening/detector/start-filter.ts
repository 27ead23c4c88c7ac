/**
 * Where a phrase can start: one pass of a small automaton over the text, before any regular
 * expression runs.
 *
 * Every phrase of every class contributes its first two words to two character tries held in
 * typed arrays: the first word (with its hyphen, slash and apostrophe variants) and what may
 * follow it (a word of a list, a number, or anything for a one-word phrase or a gap). The scan
 * walks the text once, character by character; at each word start it follows the first-word
 * trie, and at a whole first word it checks the next word against the second trie. Only those
 * positions go on to the phrase's own, anchored expression (phrase-compiler), so the common
 * words that begin many phrases ("a", "my", "the") cost a trie step, not a regex run.
 *
 * The filter may let through positions where no phrase matches (it is a superset: separators,
 * possessives, the optional "'" and "." are all accepted loosely), never the reverse.
 */

const SYMBOLS = 36; // a-z, 0-9

/** a-z -> 0..25, 0-9 -> 26..35, anything else -> -1. */
function symbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

const APOSTROPHE = 39;
const DOT = 46;
const LOWER_S = 115;

/** A trie over a-z0-9, one Int32Array row of children per node; node 0 is the root. */
class CharTrie {
  next = new Int32Array(SYMBOLS * 1024);
  size = 1;
  /** The symbol each node's word starts with. */
  readonly lead: number[] = [-1];

  /** The node for `word` (a-z0-9 only), created if missing. */
  insert(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const k = symbol(word.charCodeAt(i));
      if (k < 0) throw new Error(`start filter: "${word}" is not a canonical word`);
      let child = this.next[node * SYMBOLS + k];
      if (child === 0) {
        if ((this.size + 1) * SYMBOLS > this.next.length) {
          const grown = new Int32Array(this.next.length * 2);
          grown.set(this.next);
          this.next = grown;
        }
        child = this.size++;
        this.next[node * SYMBOLS + k] = child;
        this.lead[child] = node === 0 ? k : this.lead[node];
      }
      node = child;
    }
    return node;
  }

  /** Drops the unused tail of the table. */
  seal(): void {
    this.next = this.next.slice(0, this.size * SYMBOLS);
  }
}

/** What must follow a first word for a phrase to be possible there (while compiling). */
interface Follow {
  /** Anything (a one-word phrase, a gap, a place). */
  any: boolean;
  /** A number. */
  digit: boolean;
  /** Second-trie nodes of words that may follow (a word starting with one of them). */
  seconds: Set<number>;
}

const ANY = 1;
const DIGIT = 2;

/** What may come after a phrase's first word. */
export type NextSpec =
  { kind: 'any' } | { kind: 'digit' } | { kind: 'words'; words: string[]; digit?: boolean };

/**
 * The word sequences a phrase text can appear as in the text, in canonical words (a-z0-9):
 * "'" and "." dropped, any other non-alphanumeric character a word break, and every hyphen
 * either a break or nothing ("ex-wife": "ex wife", "exwife").
 */
export function wordSequences(text: string): string[][] {
  const parts = text.toLowerCase().replace(/['.]/g, '').split('-');
  const joins = Math.min(parts.length - 1, 4);
  const out: string[][] = [];
  for (let mask = 0; mask < 1 << joins; mask++) {
    let joined = parts[0];
    for (let i = 1; i < parts.length; i++) {
      // Hyphens past the fourth always break.
      joined += i <= joins && (mask & (1 << (i - 1))) !== 0 ? '' : ' ';
      joined += parts[i];
    }
    const words = joined.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
    if (words.length > 0) out.push(words);
  }
  return out;
}

export class StartFilter {
  private readonly first = new CharTrie();
  private readonly second = new CharTrie();
  private readonly followByNode = new Map<number, Follow>();
  private digitFollow: Follow | undefined;
  private anyWordStart = false;
  /** Second-trie nodes of each word list seen, so a list shared by many phrases is read once. */
  private readonly listNodes = new Map<readonly string[], number[]>();

  // The sealed tables. A first-trie node that ends a first word has a follow index f > 0:
  // flags[f] says ANY / DIGIT, and pairs holds f * secondSize + n for each second-trie node n
  // that may follow; ends[n] marks the nodes that are in some follow's list.
  private firstNext = new Int32Array(0);
  private secondNext = new Int32Array(0);
  private followOf = new Int32Array(0);
  private flags = new Uint8Array(0);
  private ends = new Uint8Array(0);
  /** leads[f * SYMBOLS + k] = 1 when a word that may follow f starts with symbol k. */
  private leads = new Uint8Array(0);
  private pairs = new Set<number>();
  private secondSize = 0;
  /** Follow index of a number at a word start, or 0. */
  private digitIndex = 0;

  /** A phrase whose first token can be any of `firstForms`, followed by `next`. */
  addWords(firstForms: Iterable<string>, next: NextSpec): void {
    for (const form of firstForms) {
      for (const words of wordSequences(form)) {
        const node = this.first.insert(words[0]);
        let follow = this.followByNode.get(node);
        if (follow === undefined) {
          follow = { any: false, digit: false, seconds: new Set() };
          this.followByNode.set(node, follow);
        }
        if (words.length > 1) this.addNext(follow, { kind: 'words', words: [words[1]] });
        else this.addNext(follow, next);
      }
    }
  }

  /** A phrase starting with a number ({NUM}, {AGE}, "21st"), followed by `next`. */
  addNumber(next: NextSpec): void {
    this.digitFollow ??= { any: false, digit: false, seconds: new Set() };
    this.addNext(this.digitFollow, next);
  }

  /** A phrase that can start with any word ({PLACE} first): every word start is a candidate. */
  addAnyWord(): void {
    this.anyWordStart = true;
  }

  private addNext(follow: Follow, next: NextSpec): void {
    if (next.kind === 'any') follow.any = true;
    else if (next.kind === 'digit') follow.digit = true;
    else {
      if (next.digit === true) follow.digit = true;
      if (follow.any) return;
      let nodes = this.listNodes.get(next.words);
      if (nodes === undefined) {
        const set = new Set<number>();
        for (const text of next.words)
          for (const words of wordSequences(text)) set.add(this.second.insert(words[0]));
        nodes = [...set];
        if (next.words.length > 1) this.listNodes.set(next.words, nodes);
      }
      for (const n of nodes) follow.seconds.add(n);
    }
  }

  /** Call once every phrase is added. */
  seal(): void {
    this.first.seal();
    this.second.seal();
    this.firstNext = this.first.next;
    this.secondNext = this.second.next;
    this.secondSize = this.second.size;
    this.ends = new Uint8Array(this.second.size);
    this.followOf = new Int32Array(this.first.size);
    const follows = [...this.followByNode];
    if (this.digitFollow !== undefined) follows.push([-1, this.digitFollow]);
    this.flags = new Uint8Array(follows.length + 1);
    this.leads = new Uint8Array((follows.length + 1) * SYMBOLS);
    follows.forEach(([node, follow], i) => {
      const f = i + 1;
      if (node === -1) this.digitIndex = f;
      else this.followOf[node] = f;
      this.flags[f] = (follow.any ? ANY : 0) | (follow.digit ? DIGIT : 0);
      if (follow.any) return;
      for (const n of follow.seconds) {
        this.pairs.add(f * this.secondSize + n);
        this.ends[n] = 1;
        this.leads[f * SYMBOLS + this.second.lead[n]] = 1;
      }
    });
    this.followByNode.clear();
    this.listNodes.clear();
  }

  /** Number of trie nodes, for the figures the benchmark prints. */
  get nodes(): number {
    return this.first.size + this.second.size;
  }

  /**
   * Writes to `out` (cleared first) the offsets in `lower` (lower-cased, ASCII-folded text)
   * where a phrase may start, ascending; returns how many.
   */
  candidates(lower: string, out: number[]): number {
    out.length = 0;
    const n = lower.length;
    const next = this.firstNext;
    const followOf = this.followOf;
    const anyWord = this.anyWordStart;
    const digitIndex = this.digitIndex;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const code = lower.charCodeAt(i);
      let k = code - 97;
      if (k < 0 || k > 25) {
        k = code - 22;
        if (code < 48 || code > 57) {
          prevWord = code === 95 || (code >= 65 && code <= 90);
          continue;
        }
      }
      if (prevWord) continue;
      prevWord = true;
      if (anyWord) {
        out.push(i);
        continue;
      }
      if (digitIndex !== 0 && k >= 26) {
        let e = i + 1;
        while (e < n && symbol(lower.charCodeAt(e)) >= 0) e++;
        if (this.follows(digitIndex, lower, e)) {
          out.push(i);
          continue;
        }
      }
      // Walk the first-word trie from the word start.
      const start = i;
      let node = next[k];
      let j = i + 1;
      let crossed = false;
      while (node !== 0 && j < n) {
        const c = lower.charCodeAt(j);
        const s = symbol(c);
        if (s >= 0) {
          node = next[node * SYMBOLS + s];
          j++;
          continue;
        }
        if (c !== APOSTROPHE && c !== DOT) break;
        // An optional "'" or "." inside a word ("don't", "u.s."), or the word's end.
        const f = followOf[node];
        if (f !== 0 && this.follows(f, lower, j)) break;
        crossed = true;
        j++;
      }
      // The walk read letters and digits only: the main loop goes on after them (a word start
      // after a "'" or "." is still looked at).
      if (!crossed) i = j - 1;
      if (node === 0) continue;
      const f = followOf[node];
      if (f === 0) continue;
      if (j < n) {
        const c = lower.charCodeAt(j);
        // Inside a longer word: no phrase starts here.
        if (symbol(c) >= 0 || c === 95 || (c >= 65 && c <= 90)) continue;
      }
      if (this.follows(f, lower, j)) out.push(start);
    }
    return out.length;
  }

  /** Whether what comes after a first word ending at `e` can continue a phrase. */
  private follows(f: number, s: string, e: number): boolean {
    const flags = this.flags[f];
    if ((flags & ANY) !== 0) return true;
    const n = s.length;
    let q = e;
    // A possessive: "my mom's breast cancer", "the veterans' post".
    if (s.charCodeAt(q) === APOSTROPHE) {
      q++;
      if (s.charCodeAt(q) === LOWER_S && symbol(s.charCodeAt(q + 1)) < 0) q++;
    }
    while (q < n && symbol(s.charCodeAt(q)) < 0) q++;
    if (q >= n) return false;
    const code = s.charCodeAt(q);
    if ((flags & DIGIT) !== 0 && code >= 48 && code <= 57) return true;
    if (this.leads[f * SYMBOLS + symbol(code)] === 0) return false;
    const next = this.secondNext;
    const ends = this.ends;
    const base = f * this.secondSize;
    let node = 0;
    for (; q < n; q++) {
      const c = s.charCodeAt(q);
      const k = symbol(c);
      if (k < 0) {
        if (c === APOSTROPHE || c === DOT) continue;
        return false;
      }
      node = next[node * SYMBOLS + k];
      if (node === 0) return false;
      // A prefix is enough: the anchored expression decides.
      if (ends[node] === 1 && this.pairs.has(base + node)) return true;
    }
    return false;
  }
}
