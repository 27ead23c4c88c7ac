import { HashtagSplitter } from './hashtag';
import { buildLexicon, type GeneratedLexicon, type LexiconExceptions } from './lexicon-sources';
import { foldToAscii } from './normalize';
import {
  canonical,
  compilePhrases,
  type CompiledPhrases,
  type PhraseRule,
  type TemplatePhrase,
} from './phrase-compiler';
import { passes, secondWord } from './phrase-starts';
import { isProtectedClass, type ProtectedClass } from './protected-class';
import {
  compileExclusion,
  exclusionsByClass,
  compilePrecedence,
  type CompiledExclusion,
  type ExclusionData,
  type PrecedenceData,
} from './rule-checks';

export type { ExclusionData, PrecedenceData } from './rule-checks';
import defaultRules from './rules.v2.json';

/**
 * One span of text that reveals a protected status. `start`/`end` are JS string indices
 * into the ORIGINAL text (end exclusive) and `text === original.slice(start, end)`,
 * because redaction cuts exactly these spans out of the original.
 */
export interface DetectorHit {
  class: ProtectedClass;
  start: number;
  end: number;
  text: string;
  ruleId: string;
  rulesVersion: string;
}

export interface RuleData {
  id: string;
  class: string;
  phrases: string[];
  note?: string;
}

export interface EmojiData {
  id: string;
  class: string;
  sequences: string[];
}

export interface RuleSetData {
  version: string;
  description?: string | string[];
  /** Curated corrections to the generated vocabulary; omitted: no generated vocabulary. */
  lexiconExceptions?: LexiconExceptions;
  macros?: Record<string, string[]>;
  emoji?: EmojiData[];
  exclusions?: ExclusionData[];
  precedence?: PrecedenceData[];
  rules: RuleData[];
}

interface Span {
  start: number;
  end: number;
  rule: PhraseRule;
}

interface Attribution {
  length: number;
  rule: PhraseRule;
  /** Rules of other classes matching exactly the same words. */
  also: PhraseRule[];
}

const EXCLUSION_WINDOW = 64;
const NONE: readonly TemplatePhrase[] = [];
const isDigit = (word: string): boolean => word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;
/** Word lists large enough to scan as "some words" and check per phrase (see phrase-compiler). */
const VERIFIED_MACROS: ReadonlySet<string> = new Set(['DEMONYM', 'LANGUAGE', 'COUNTRY']);
const MAX_HASHTAG = 80;

/** The generated vocabulary is built once per process for each set of exceptions. */
const lexiconCache = new Map<string, GeneratedLexicon>();
function generatedLexicon(exceptions: LexiconExceptions): GeneratedLexicon {
  const key = JSON.stringify(exceptions);
  let lexicon = lexiconCache.get(key);
  if (lexicon === undefined) lexiconCache.set(key, (lexicon = buildLexicon(exceptions)));
  return lexicon;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Flags text that reveals a candidate's protected status, for a human reviewer to redact
 * or keep. A flag is a question, not a verdict (DOMAIN.md, "Protected classes"); the detector
 * is the reviewer's first pass, never the last word.
 *
 * Rules are data (rules.v2.json): phrases with slots, over vocabulary generated from
 * maintained packages (lexicon-sources.ts) and curated lists. Every phrase of every class is
 * compiled into one trie: a typed-array automaton of their first two words reads the text once
 * (start-filter.ts), and the anchored trie expression runs only where it stops; each match
 * is then attributed to its phrase, checked against the exclusions around it (street, team
 * and company names, other senses), and mapped back to the original text. Hashtags are split
 * into words and read again; emoji that state a status are matched on their own.
 */
export class ProtectedClassDetector {
  readonly rulesVersion: string;
  /** Number of phrases compiled (before inflection), and places in the gazetteer. */
  readonly stats: { phrases: number; places: number; regexChars: number; filterNodes: number };
  private readonly compiled: CompiledPhrases;
  private readonly places: ReadonlySet<string>;
  /** The exclusions that apply to each class's hits, in rule-file order. */
  private readonly exclusionsByClass: ReadonlyMap<ProtectedClass, CompiledExclusion[]>;
  /** For each class, the classes whose hits inside its longer hits are dropped. */
  private readonly precedence: ReadonlyMap<ProtectedClass, ReadonlySet<ProtectedClass>>;
  private readonly emoji: { regex: RegExp; rules: Map<string, PhraseRule>; lead: RegExp } | null;
  private readonly splitter: HashtagSplitter;
  /** Reused by every scan: the start filter's candidate offsets. */
  private readonly candidates: number[] = [];

  constructor(ruleSet: RuleSetData = defaultRules) {
    if (typeof ruleSet.version !== 'string' || ruleSet.version.length === 0) {
      throw new Error('Rule set: "version" must be a non-empty string');
    }
    const generated = ruleSet.lexiconExceptions
      ? generatedLexicon(ruleSet.lexiconExceptions)
      : null;
    this.rulesVersion = generated ? `${ruleSet.version}+${generated.sources}` : ruleSet.version;
    const macros = { ...(generated?.macros ?? {}) };
    for (const [name, entries] of Object.entries(ruleSet.macros ?? {})) {
      macros[name] = [...(macros[name] ?? []), ...entries];
    }
    this.compiled = compilePhrases(
      ruleSet.rules.map((r) => ({ id: r.id, cls: r.class, phrases: r.phrases })),
      macros,
      VERIFIED_MACROS,
    );
    this.places =
      generated?.places ?? new Set((ruleSet.macros?.PLACE ?? []).map((p) => p.toLowerCase()));
    const vocabulary = new Set(this.compiled.vocabulary);
    for (const place of this.places)
      for (const w of place.split(/[\s-]+/)) vocabulary.add(canonical(w));
    this.splitter = new HashtagSplitter(vocabulary);
    this.exclusionsByClass = exclusionsByClass(
      (ruleSet.exclusions ?? []).map((ex) => compileExclusion(ex)),
    );
    this.precedence = compilePrecedence(ruleSet.precedence ?? []);
    this.emoji = compileEmoji(ruleSet.emoji ?? [], ruleSet.rules.length);
    this.stats = {
      phrases: this.compiled.phraseCount,
      places: this.places.size,
      regexChars: [...this.compiled.stickyByFirstChar.values()].reduce(
        (sum, r) => sum + r.source.length,
        0,
      ),
      filterNodes: this.compiled.starts.nodes,
    };
  }

  /** Hits sorted by start, then end. Overlapping hits of one class are merged. */
  scan(text: string): DetectorHit[] {
    if (text.length === 0) return [];
    const folded = foldToAscii(text);
    const lower = lowerSameLength(folded);
    const spans = this.matchAll(lower).filter((s) => !this.isExcluded(s, folded, lower));
    if (lower.includes('#')) spans.push(...this.hashtags(folded));
    if (this.emoji && this.emoji.lead.test(text)) spans.push(...this.matchEmoji(text));
    return mergePerClass(this.dropSubsumed(spans), folded).map((s) => ({
      class: s.rule.cls,
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      ruleId: s.rule.id,
      rulesVersion: this.rulesVersion,
    }));
  }

  private matchAll(lower: string): Span[] {
    // One pass of the start filter (a two-word trie automaton over every class's phrases);
    // the phrase trie runs, sticky, only where a phrase can start.
    const { starts, stickyByFirstChar } = this.compiled;
    const spans: Span[] = [];
    const candidates = this.candidates;
    const count = starts.candidates(lower, candidates);
    for (let c = 0; c < count; c++) {
      const start = candidates[c];
      const sticky = stickyByFirstChar.get(lower[start]);
      if (sticky === undefined) continue;
      sticky.lastIndex = start;
      const m = sticky.exec(lower);
      if (m === null) continue;
      const found = this.attribute(lower, start, m[0]);
      if (found === null) continue;
      spans.push({ start, end: start + found.length, rule: found.rule });
      for (const rule of found.also) spans.push({ start, end: start + found.length, rule });
    }
    return spans;
  }

  /** Which phrase a match is, and how long its valid part is (a {PLACE} may be shorter). */
  private attribute(lower: string, start: number, match: string): Attribution | null {
    // The trie's alternation is ordered, not longest-first, so a literal phrase may hide a
    // longer phrase with a slot at the same start: take the longest of both.
    const literal = this.compiled.literals.get(canonical(match.replace(/'s?$/, '')));
    let best: Attribution | null =
      literal === undefined
        ? null
        : { length: match.length, rule: literal[0], also: literal.slice(1) };
    const firstWord = /^[a-z0-9'.]+/.exec(match)?.[0] ?? '';
    const first = canonical(firstWord);
    let second: string | null = null;
    const byFirst = this.compiled.templatesByFirstWord;
    const candidates = [
      ...(byFirst.get(first) ?? NONE),
      ...(isDigit(first) ? (byFirst.get('#') ?? NONE) : NONE),
      ...(byFirst.get('*') ?? NONE),
    ];
    for (const template of candidates) {
      const test = template.second ?? template.secondByKey?.get(first) ?? null;
      if (test !== null) {
        second ??= secondWord(lower, start + firstWord.length);
        if (!passes(test, second)) continue;
      }
      template.regex.lastIndex = start;
      const m = template.regex.exec(lower);
      if (m === null) continue;
      let length = m[0].length;
      if (template.endsWithPlace) {
        const place = this.placeLength(lower, start + length);
        if (place === 0) continue;
        length += place;
      }
      if (best === null || length > best.length) {
        best = { length, rule: template, also: [] };
      } else if (length === best.length && template.cls !== best.rule.cls) {
        // The same words state two classes ("a Black woman"): flag both.
        const other = best.also.findIndex((r) => r.cls === template.cls);
        if (other === -1) best.also.push(template);
        else if (template.priority < best.also[other].priority) best.also[other] = template;
      } else if (length === best.length && template.priority < best.rule.priority) {
        best = { ...best, rule: template };
      }
    }
    if (best !== null && best.length >= match.length) return best;
    // The trie took a longer path that did not check out: a literal prefix may still hold.
    for (let cut = match.length - 1; cut > (best?.length ?? 0); cut--) {
      if (!/[\s-]/.test(match[cut]) || /[\s-]/.test(match[cut - 1])) continue;
      const prefix = this.compiled.literals.get(canonical(match.slice(0, cut).replace(/'s?$/, '')));
      if (prefix !== undefined) return { length: cut, rule: prefix[0], also: prefix.slice(1) };
    }
    return best;
  }

  /** Length of the longest run of one to four words at `at` that names a place abroad. */
  private placeLength(lower: string, at: number): number {
    const words = /[a-z][a-z'.]*(?:[\s-]+[a-z][a-z'.]*){0,3}/y;
    words.lastIndex = at;
    const m = words.exec(lower);
    if (m === null) return 0;
    const ends: number[] = [];
    const re = /[a-z][a-z'.]*/g;
    for (let w = re.exec(m[0]); w !== null; w = re.exec(m[0])) ends.push(w.index + w[0].length);
    for (let k = ends.length; k > 0; k--) {
      let name = m[0].slice(0, ends[k - 1]).replace(/[\s-]+/g, ' ');
      if (name.endsWith('.')) name = name.slice(0, -1);
      if (this.places.has(name) || this.places.has(name.replace(/'s$/, ''))) {
        return ends[k - 1];
      }
    }
    return 0;
  }

  /** Drops hits that lie wholly inside a longer hit of a class taking precedence over theirs. */
  private dropSubsumed(spans: Span[]): Span[] {
    if (this.precedence.size === 0) return spans;
    const containers = spans.filter((s) => this.precedence.has(s.rule.cls));
    if (containers.length === 0) return spans;
    return spans.filter(
      (s) =>
        !containers.some(
          (c) =>
            c.start <= s.start &&
            s.end <= c.end &&
            c.end - c.start > s.end - s.start &&
            this.precedence.get(c.rule.cls)?.has(s.rule.cls) === true,
        ),
    );
  }

  private isExcluded(span: Span, folded: string, lower: string): boolean {
    const exclusions = this.exclusionsByClass.get(span.rule.cls);
    if (exclusions === undefined) return false;
    let hit: string | null = null;
    const from = Math.max(0, span.start - EXCLUSION_WINDOW);
    for (const ex of exclusions) {
      if (ex.hit !== null && !ex.hit.test((hit ??= lower.slice(span.start, span.end)))) continue;
      const text = ex.caseSensitive ? folded : lower;
      if (ex.after) {
        ex.after.lastIndex = span.end;
        if (ex.after.test(text)) return true;
      }
      if (ex.before && ex.before.test(text.slice(from, span.start))) return true;
    }
    return false;
  }

  /** "#PrideMonth": split into words, scan those, and flag the whole tag. */
  private hashtags(folded: string): Span[] {
    const spans: Span[] = [];
    const tags = /#([A-Za-z0-9_]{3,})/g;
    for (let m = tags.exec(folded); m !== null; m = tags.exec(folded)) {
      if (m[1].length > MAX_HASHTAG) continue;
      const words = this.splitter.split(m[1]);
      if (!words.includes(' ')) continue; // one word: the main pass already read it
      const inner = this.matchAll(words);
      if (inner.length === 0) continue;
      inner.sort(
        (a, b) => b.end - b.start - (a.end - a.start) || a.rule.priority - b.rule.priority,
      );
      spans.push({ start: m.index, end: m.index + m[0].length, rule: inner[0].rule });
    }
    return spans;
  }

  private matchEmoji(text: string): Span[] {
    const { regex, rules } = this.emoji as NonNullable<ProtectedClassDetector['emoji']>;
    const spans: Span[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const rule = rules.get(m[0].replace(/\uFE0F/g, ''));
      if (rule) spans.push({ start: m.index, end: m.index + m[0].length, rule });
    }
    return spans;
  }
}

function compileEmoji(data: EmojiData[], priorityBase: number): ProtectedClassDetector['emoji'] {
  if (data.length === 0) return null;
  const rules = new Map<string, PhraseRule>();
  const sources: string[] = [];
  data.forEach((entry, i) => {
    if (!isProtectedClass(entry.class))
      throw new Error(`Emoji ${entry.id}: unknown class "${entry.class}"`);
    for (const seq of entry.sequences) {
      const bare = seq.replace(/\uFE0F/g, '');
      rules.set(bare, { id: entry.id, cls: entry.class, priority: priorityBase + i });
      sources.push([...bare].map((ch) => `${escapeRegex(ch)}\\uFE0F?`).join(''));
    }
  });
  sources.sort((a, b) => b.length - a.length);
  // The first UTF-16 unit of every sequence: text with none of them is not scanned for emoji.
  const leads = new Set([...rules.keys()].map((seq) => seq.charCodeAt(0)));
  const lead = new RegExp(
    `[${[...leads].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
  );
  return { regex: new RegExp(sources.join('|'), 'gu'), rules, lead };
}

/** Lower-cases without changing any offset (a few characters lower-case to two). */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Merges overlapping or touching spans of one class; the merged span keeps its first rule. */
function mergePerClass(spans: Span[], folded: string): Span[] {
  spans.sort((a, b) => a.rule.cls.localeCompare(b.rule.cls) || a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    // Overlapping, or only spaces and hyphens apart ("Third-generation Irish-American").
    const touching =
      last !== undefined &&
      (span.start < last.end || /^[\s-]+$/.test(folded.slice(last.end, span.start)));
    if (last !== undefined && last.rule.cls === span.rule.cls && touching) {
      last.end = Math.max(last.end, span.end);
    } else merged.push({ ...span });
  }
  return merged.sort((a, b) => a.start - b.start || a.end - b.end);
}
