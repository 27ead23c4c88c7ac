import { foldToAscii } from './normalize';
import type { ProtectedClass } from './protected-class';
import {
  compileRuleSet,
  type CompiledClass,
  type CompiledExclusion,
  type RuleSetData,
} from './rule-compiler';
import defaultRules from './rules.v1.json';

export type { RuleSetData } from './rule-compiler';

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

interface Span {
  start: number;
  end: number;
  ruleId: string;
}

/** How far around a hit an exclusion (e.g. "Baptist Street") is looked for. */
const EXCLUSION_WINDOW = 64;

/**
 * Flags text that reveals a candidate's protected status, for a human reviewer to redact
 * or keep. A flag is a question, not a verdict (DOMAIN.md, "Protected classes").
 *
 * Pure and dependency-free: rules are data (rules.v1.json), compiled once per instance
 * into one regex per class; scanning runs those regexes over ASCII-folded text. One regex
 * per class rather than one overall: V8 stops optimising very large regexes, and a single
 * alternation would let one class's match hide another's at the same position.
 *
 * Look-alikes: street and place names ("Baptist Street", "Marine Drive", "Black Hawk
 * Drive", "White Pine Road", "Indiana") never fire; the names of religious institutions
 * ("Catholic Memorial High School", "Mount Zion Baptist Church") do, because attending one
 * hints at affiliation, and the reviewer dismisses the flag when it is only a landmark.
 */
export class ProtectedClassDetector {
  readonly rulesVersion: string;
  private readonly classes: CompiledClass[];
  private readonly exclusions: CompiledExclusion[];

  constructor(ruleSet: RuleSetData = defaultRules) {
    const compiled = compileRuleSet(ruleSet);
    this.rulesVersion = ruleSet.version;
    this.classes = compiled.classes;
    this.exclusions = compiled.exclusions;
  }

  /** Hits sorted by start, then end. Overlapping hits of one class are merged. */
  scan(text: string): DetectorHit[] {
    if (text.length === 0) return [];
    const folded = foldToAscii(text);
    const hits: DetectorHit[] = [];
    for (const compiled of this.classes) {
      for (const span of mergeOverlaps(this.matchClass(compiled, folded))) {
        hits.push({
          class: compiled.cls,
          start: span.start,
          end: span.end,
          text: text.slice(span.start, span.end),
          ruleId: span.ruleId,
          rulesVersion: this.rulesVersion,
        });
      }
    }
    return hits.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private matchClass({ cls, regex, ruleIds }: CompiledClass, folded: string): Span[] {
    const spans: Span[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(folded); m !== null; m = regex.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      // Resume one character on rather than at `end`, so a longer rule starting inside
      // this match is still found and merged; matches are rare, so this costs little.
      regex.lastIndex = start + 1;
      if (!this.isExcluded(cls, folded, start, end)) {
        spans.push({ start, end, ruleId: ruleIds[firstGroup(m)] });
      }
    }
    return spans;
  }

  /** True when an exclusion for this class (an address, a first name) contains the hit. */
  private isExcluded(cls: ProtectedClass, folded: string, start: number, end: number): boolean {
    const from = Math.max(0, start - EXCLUSION_WINDOW);
    const window = folded.slice(from, Math.min(folded.length, end + EXCLUSION_WINDOW));
    for (const exclusion of this.exclusions) {
      if (exclusion.classes !== null && !exclusion.classes.has(cls)) continue;
      const { regex } = exclusion;
      regex.lastIndex = 0;
      for (let m = regex.exec(window); m !== null; m = regex.exec(window)) {
        if (from + m.index <= start && from + m.index + m[0].length >= end) return true;
        if (m[0].length === 0) regex.lastIndex++;
      }
    }
    return false;
  }
}

function firstGroup(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  throw new Error('Detector: a match without a rule group');
}

/** Merges overlapping spans; the merged span keeps the rule of its earliest, longest part. */
function mergeOverlaps(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
