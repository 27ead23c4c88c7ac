/**
 * The checks a rule set makes around and between hits: exclusions (street, team and company
 * names, other senses of a word) and precedence between classes.
 */
import { isProtectedClass, PROTECTED_CLASSES, type ProtectedClass } from './protected-class';

/** Drops a hit of its classes when `before` ends right at the hit or `after` starts right after it. */
export interface ExclusionData {
  id: string;
  /** Applies only to hits whose text (lower-case) matches this pattern in full. */
  hit?: string;
  before?: string;
  after?: string;
  caseSensitive?: boolean;
  classes?: string[];
  note?: string;
}

/**
 * A hit of an `over` class lying wholly inside a longer hit of `class` is not flagged: the
 * longer phrase says what the words inside it reveal ("my mom's breast cancer" is family
 * medical history, not the candidate's disability).
 */
export interface PrecedenceData {
  id: string;
  class: string;
  over: string[];
  note?: string;
}

export interface CompiledExclusion {
  hit: RegExp | null;
  classes: ReadonlySet<string> | null;
  before: RegExp | null;
  after: RegExp | null;
  caseSensitive: boolean;
}

export function compileExclusion(ex: ExclusionData): CompiledExclusion {
  if (!ex.id) throw new Error('Exclusion: missing id');
  if (!ex.before && !ex.after) throw new Error(`Exclusion ${ex.id}: needs "before" or "after"`);
  const scope = ex.classes?.map((c) => {
    if (!isProtectedClass(c)) throw new Error(`Exclusion ${ex.id}: unknown protected class "${c}"`);
    return c;
  });
  const build = (source: string, flags: string): RegExp => {
    try {
      return new RegExp(source, flags);
    } catch (error) {
      throw new Error(`Exclusion ${ex.id}: invalid pattern: ${(error as Error).message}`);
    }
  };
  return {
    classes: scope ? new Set(scope) : null,
    hit: ex.hit ? build(`^(?:${ex.hit})(?:'s?)?$`, '') : null,
    after: ex.after ? build(`(?:${ex.after})(?![a-z0-9_])`, 'y') : null,
    before: ex.before ? build(`(?<![a-z0-9_])(?:${ex.before})$`, '') : null,
    caseSensitive: ex.caseSensitive === true,
  };
}

export function compilePrecedence(
  data: PrecedenceData[],
): Map<ProtectedClass, ReadonlySet<ProtectedClass>> {
  const precedence = new Map<ProtectedClass, Set<ProtectedClass>>();
  for (const entry of data) {
    if (!entry.id) throw new Error('Precedence: missing id');
    const over = Array.isArray(entry.over) ? entry.over : [];
    if (over.length === 0) throw new Error(`Precedence ${entry.id}: needs a non-empty "over" list`);
    for (const cls of [entry.class, ...over]) {
      if (!isProtectedClass(cls)) throw new Error(`Precedence ${entry.id}: unknown class "${cls}"`);
    }
    if (over.includes(entry.class)) {
      throw new Error(`Precedence ${entry.id}: a class cannot take precedence over itself`);
    }
    const set = precedence.get(entry.class as ProtectedClass) ?? new Set<ProtectedClass>();
    for (const cls of over) set.add(cls as ProtectedClass);
    precedence.set(entry.class as ProtectedClass, set);
  }
  return precedence;
}

/** The exclusions that apply to each class's hits, in rule-file order. */
export function exclusionsByClass(
  exclusions: CompiledExclusion[],
): Map<ProtectedClass, CompiledExclusion[]> {
  const map = new Map<ProtectedClass, CompiledExclusion[]>();
  for (const cls of PROTECTED_CLASSES) {
    const list = exclusions.filter((ex) => ex.classes === null || ex.classes.has(cls));
    if (list.length > 0) map.set(cls, list);
  }
  return map;
}
