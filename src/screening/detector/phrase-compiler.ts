import pluralize from 'pluralize';
import { isProtectedClass, type ProtectedClass } from './protected-class';
import {
  addStart,
  canonical,
  macroSecondTests,
  ORD_WORDS,
  secondWordTest,
  templateKeys,
  type SecondWordTest,
  type Token,
} from './phrase-starts';
import { StartFilter } from './start-filter';

export { canonical, ORD_WORDS, type SecondWordTest } from './phrase-starts';

/**
 * Compiles every rule phrase of every class into one prefix trie: the first two words of each
 * phrase go into the start filter (start-filter.ts), the automaton that reads the text once;
 * the whole trie, split by first character into sticky expressions, runs only where the
 * filter says a phrase can start. A table tells, for each match, which phrase (hence class
 * and rule) it was.
 *
 * Phrase syntax (rules.v2.json): words separated by spaces; in a word, "-" matches a hyphen,
 * a space or nothing, "'" and "." are optional. A slot {NAME} is a word list (a macro of the
 * rule file or one generated from a maintained package), or one of the built-in slots below.
 * {PLACE} is a place abroad from the gazetteer; it must end its phrase, and is checked against
 * the gazetteer's names after the match, so 20,000 city names never enter the regex.
 * The last word of a phrase, and of every macro entry, also matches its plural and singular
 * forms, from the pluralize inflector; any phrase may end in a possessive.
 */

const SEP = '[\\s-]+';
const GAP_SEP = '[\\s,;:"()-]+';
const BUILTIN: Record<string, string> = {
  NUM: '\\d{1,4}',
  AGE: '(?:1[6-9]|[2-9]\\d|1[01]\\d)',
  YEAR: '(?:19|20)\\d\\d',
  YY: "'?\\d\\d",
  PCT: '\\d{1,3}\\s?(?:%|percent)',
  ORD: `(?:\\d{1,2}(?:st|nd|rd|th)|${ORD_WORDS.join('|')})`,
  // Up to three (GAP) or six (GAP6) words of any kind between two parts of a phrase.
  GAP: `(?:${GAP_SEP}[a-z0-9']+){0,3}${GAP_SEP}`,
  GAP6: `(?:${GAP_SEP}[a-z0-9']+){0,6}${GAP_SEP}`,
  // One to four words; the match is then checked against the gazetteer.
  PLACE: "[a-z][a-z'.]*(?:[\\s-]+[a-z][a-z'.]*){0,3}",
};
const ABSORBS_SEPARATORS = new Set(['GAP', 'GAP6']);

export const START = '\\b';
/** An optional possessive after any phrase: "my wife's", "the veterans'". */
export const POSSESSIVE = "(?:'s?)?";
// Not followed by a word character, nor by a hyphen and one ("bi" is not in "bi-weekly").
export const END = '(?![a-z0-9_]|-[a-z0-9])';

export interface PhraseRule {
  id: string;
  cls: ProtectedClass;
  /** Rule order in the file: earlier rules win ties. */
  priority: number;
}

export interface TemplatePhrase extends PhraseRule {
  /** Sticky, anchored at the match start; for {PLACE} phrases, the part before the place. */
  regex: RegExp;
  endsWithPlace: boolean;
  /**
   * What the word after the first must be, when the first token is one plain word: a cheap
   * test before the regex runs (null: always run it).
   */
  second: SecondWordTest | null;
  /** For a template starting with a word list: the test for each first word of the list. */
  secondByKey?: ReadonlyMap<string, SecondWordTest | null>;
}

export interface CompiledPhrases {
  /**
   * The prefix trie of every phrase, split by the first character a phrase can start with,
   * each part sticky (over lower-cased ASCII-folded text): run only where `starts` found a
   * phrase's first two words, and only the part for the character there, so each run tries a
   * small fraction of the phrases.
   */
  stickyByFirstChar: Map<string, RegExp>;
  /** The one pass over the text: where a phrase can start (start-filter.ts). */
  starts: StartFilter;
  /**
   * Literal phrases by canonical key (see canonical()): the earliest rule of each class that
   * lists the phrase, earliest first ("trans woman" states both SEX and GENDER_IDENTITY).
   */
  literals: Map<string, PhraseRule[]>;
  /**
   * Phrases with slots, by the canonical first word they can start with ("#": a number, "*":
   * any word).
   */
  templatesByFirstWord: Map<string, TemplatePhrase[]>;
  /** Every literal word, for splitting hashtags into words. */
  vocabulary: Set<string>;
  phraseCount: number;
}

function escapeChar(ch: string): string {
  if (ch === '-') return '[\\s-]?';
  if (ch === "'") return "'?";
  if (ch === '.') return '\\.?';
  if (ch === '/') return '\\s*/\\s*';
  if (ch === ' ') return SEP;
  return ch.replace(/[*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word and its inflections: plural, singular and possessive forms. */
export function inflections(word: string): string[] {
  if (!/^[a-z][a-z']*[a-z]$/.test(word) || word.length < 3) return [word];
  // Possessives ("wife's", "veterans'") are matched by POSSESSIVE after every phrase.
  return [...new Set([word, pluralize.plural(word), pluralize.singular(word)])];
}

/** Inflects the last word of a phrase. */
function inflectPhrase(phrase: string): string[] {
  const words = phrase.split(' ');
  const last = words.pop() as string;
  return inflections(last).map((form) => [...words, form].join(' '));
}

interface TrieNode {
  terminal: boolean;
  children: Map<string, TrieNode>;
}

const newNode = (): TrieNode => ({ terminal: false, children: new Map() });

function insert(root: TrieNode, pieces: string[]): void {
  let node = root;
  for (const piece of pieces) {
    let child = node.children.get(piece);
    if (child === undefined) node.children.set(piece, (child = newNode()));
    node = child;
  }
  node.terminal = true;
}

function emit(node: TrieNode): string {
  const branches: string[] = [];
  for (const [piece, child] of node.children) {
    let run = piece;
    let next = child;
    while (!next.terminal && next.children.size === 1) {
      const [[p, c]] = next.children;
      run += p;
      next = c;
    }
    branches.push(run + emit(next));
  }
  if (branches.length === 0) return '';
  const body = branches.length === 1 && !node.terminal ? branches[0] : `(?:${branches.join('|')})`;
  return node.terminal ? `(?:${body})?` : body;
}

/** A prefix-trie regex source for a list of literal phrases. */
export function trieSource(phrases: Iterable<string>): string {
  const root = newNode();
  for (const phrase of phrases) insert(root, [...phrase].map(escapeChar));
  const source = emit(root);
  return source.length > 0 ? `(?:${source})` : '(?!)';
}

function tokenize(phrase: string, where: string): Token[] {
  const words = phrase.trim().split(/\s+/);
  if (words.length === 0 || words[0] === '') throw new Error(`${where}: empty phrase`);
  return words.map((word): Token => {
    const slot = /^\{([A-Z0-9_]+)\}$/.exec(word);
    if (slot) return { kind: 'slot', name: slot[1] };
    if (/[{}]/.test(word)) throw new Error(`${where}: malformed slot in "${phrase}"`);
    return { kind: 'word', text: word.toLowerCase() };
  });
}

export interface PhraseInput {
  id: string;
  cls: string;
  phrases: string[];
}

export function compilePhrases(
  rules: PhraseInput[],
  macros: Record<string, string[]>,
  verified: ReadonlySet<string> = new Set(),
): CompiledPhrases {
  const macroSources = new Map<string, string>();
  const macroForms = new Map<string, string[]>();
  /** For a slot piece at the root: the slot's name, to split it by first character. */
  const rootSlots = new Map<string, string>();
  const macroFirstWords = new Map<string, Set<string>>();
  const vocabulary = new Set<string>();
  for (const [name, entries] of Object.entries(macros)) {
    const forms = entries.flatMap((e) => inflectPhrase(e.trim().toLowerCase()));
    macroSources.set(name, trieSource(forms));
    macroForms.set(name, forms);
    macroFirstWords.set(name, new Set(forms.map((f) => canonical(f.split(/[\s-]+/)[0]))));
    for (const form of forms)
      for (const word of form.split(/[\s-]+/)) vocabulary.add(canonical(word));
  }
  const slotSource = (name: string, where: string): string => {
    const source = BUILTIN[name] ?? macroSources.get(name);
    if (source === undefined) throw new Error(`${where}: unknown slot {${name}}`);
    return source;
  };

  const root = newNode();
  const starts = new StartFilter();
  const literals = new Map<string, PhraseRule[]>();
  const templatesByFirstWord = new Map<string, TemplatePhrase[]>();
  const seen = new Set<string>();
  let phraseCount = 0;
  rules.forEach((rule, priority) => {
    if (!rule.id || seen.has(rule.id))
      throw new Error(`Rule "${rule.id}": missing or duplicate id`);
    seen.add(rule.id);
    if (!isProtectedClass(rule.cls))
      throw new Error(`Rule ${rule.id}: unknown class "${rule.cls}"`);
    const base: PhraseRule = { id: rule.id, cls: rule.cls, priority };
    if (!Array.isArray(rule.phrases) || rule.phrases.length === 0) {
      throw new Error(`Rule ${rule.id}: needs a non-empty "phrases" list`);
    }
    for (const phrase of rule.phrases) {
      const where = `Rule ${rule.id}`;
      const tokens = tokenize(phrase, where);
      if (tokens[0].kind === 'slot' && ABSORBS_SEPARATORS.has(tokens[0].name)) {
        throw new Error(`${where}: a phrase cannot start with {${tokens[0].name}}`);
      }
      const placeAt = tokens.findIndex((t) => t.kind === 'slot' && t.name === 'PLACE');
      if (placeAt !== -1 && placeAt !== tokens.length - 1) {
        throw new Error(`${where}: {PLACE} must end the phrase "${phrase}"`);
      }
      phraseCount++;
      // Inflect the last word when it is a literal word.
      const last = tokens[tokens.length - 1];
      const variants: Token[][] =
        last.kind === 'word'
          ? inflections(last.text).map((form) => [
              ...tokens.slice(0, -1),
              { kind: 'word', text: form },
            ])
          : [tokens];
      for (const variant of variants) {
        // `pieces` go into the scanning trie; `exact` into the phrase's own regex. A large
        // word list after the first word scans as "one to four words" and is checked by the
        // phrase's own regex afterwards, so the trie holds one copy of it, not one per phrase.
        const pieces: string[] = [];
        const exact: string[] = [];
        variant.forEach((token, i) => {
          const prev = variant[i - 1];
          const joinsPrev =
            i > 0 &&
            !(token.kind === 'slot' && ABSORBS_SEPARATORS.has(token.name)) &&
            !(prev.kind === 'slot' && ABSORBS_SEPARATORS.has(prev.name));
          if (joinsPrev) {
            pieces.push(SEP);
            exact.push(SEP);
          }
          if (token.kind === 'word') {
            const chars = [...token.text].map(escapeChar);
            pieces.push(...chars);
            exact.push(...chars);
            for (const w of token.text.split('-')) vocabulary.add(canonical(w));
          } else {
            // A word list may be followed by a possessive: "my mom's breast cancer".
            const isMacro = BUILTIN[token.name] === undefined;
            const source = slotSource(token.name, where) + (isMacro ? POSSESSIVE : '');
            exact.push(source);
            pieces.push(
              i > 0 && verified.has(token.name) ? `${BUILTIN.PLACE}${POSSESSIVE}` : source,
            );
          }
        });
        insert(root, pieces);
        if (variant[0].kind === 'slot') rootSlots.set(pieces[0], variant[0].name);
        addStart(starts, variant, macroForms);
        if (variant.every((t) => t.kind === 'word')) {
          const key = canonical(variant.map((t) => (t as { text: string }).text).join(' '));
          const existing = literals.get(key) ?? [];
          // Rules are visited in priority order: keep the first rule of each class.
          if (!existing.some((r) => r.cls === base.cls)) literals.set(key, [...existing, base]);
          continue;
        }
        const endsWithPlace = placeAt !== -1;
        let source = exact.join('');
        if (endsWithPlace) source = exact.slice(0, -1).join('');
        const regex = new RegExp(endsWithPlace ? source : `${source}${POSSESSIVE}${END}`, 'y');
        const second = secondWordTest(variant, macroForms);
        const first = variant[0];
        const secondByKey =
          first.kind === 'slot' ? macroSecondTests(variant, macroForms) : undefined;
        const template: TemplatePhrase = { ...base, regex, endsWithPlace, second, secondByKey };
        const keys =
          first.kind === 'word'
            ? [canonical(first.text.split('-')[0])]
            : templateKeys(first.name, macroFirstWords);
        for (const key of keys) {
          const list = templatesByFirstWord.get(key) ?? [];
          list.push(template);
          templatesByFirstWord.set(key, list);
        }
      }
    }
  });
  starts.seal();
  const stickyByFirstChar = splitByFirstChar(root, rootSlots, macroForms);
  return {
    stickyByFirstChar,
    starts,
    literals,
    templatesByFirstWord,
    vocabulary,
    phraseCount,
  };
}

const FIRST_CHARS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
const DIGITS = new Set([...'0123456789']);

/**
 * One sticky expression per first character. A root branch that is a literal character goes
 * to that character's expression; a word list at the root is split by its entries' first
 * characters (its own rest stays shared by the branches after it); a built-in slot goes to
 * the characters it can start with.
 */
function splitByFirstChar(
  root: TrieNode,
  rootSlots: ReadonlyMap<string, string>,
  macroForms: ReadonlyMap<string, string[]>,
): Map<string, RegExp> {
  const roots = new Map<string, TrieNode>(FIRST_CHARS.map((ch) => [ch, newNode()]));
  const add = (ch: string, piece: string, child: TrieNode): void => {
    const sub = roots.get(ch);
    if (sub !== undefined) sub.children.set(piece, child);
  };
  for (const [piece, child] of root.children) {
    const slot = rootSlots.get(piece);
    if (slot === undefined) {
      if (roots.has(piece)) add(piece, piece, child);
      else for (const ch of FIRST_CHARS) add(ch, piece, child); // not a plain letter: everywhere
      continue;
    }
    const forms = macroForms.get(slot);
    if (forms === undefined) {
      // A built-in slot: digits, and for ORD the first letters of its words too.
      const starts = slot === 'ORD' ? FIRST_CHARS : [...DIGITS];
      for (const ch of starts) add(ch, piece, child);
      continue;
    }
    const possessive = piece.endsWith(POSSESSIVE) ? POSSESSIVE : '';
    for (const ch of FIRST_CHARS) {
      const part = forms.filter((f) => f.startsWith(ch));
      if (part.length > 0) add(ch, trieSource(part) + possessive, child);
    }
  }
  const out = new Map<string, RegExp>();
  for (const [ch, sub] of roots) {
    if (sub.children.size > 0)
      // No leading \b: the prefilter only offers word starts.
      out.set(ch, new RegExp(`${emit(sub)}${POSSESSIVE}${END}`, 'y'));
  }
  return out;
}
