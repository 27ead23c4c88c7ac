import { isProtectedClass, type ProtectedClass } from './protected-class';
import { wordListRegex } from './word-trie';

/**
 * The rule file's shape as JSON gives it to us: loose strings, checked here once so a bad
 * rule fails at start-up with its id, never mid-scan.
 */
export interface RuleData {
  id: string;
  class: string;
  lexicon?: string[];
  suffixes?: string[];
  pattern?: string;
  note?: string;
}

export interface ExclusionData {
  id: string;
  pattern: string;
  caseSensitive?: boolean;
  classes?: string[];
  note?: string;
}

export interface RuleSetData {
  version: string;
  description?: string;
  macros?: Record<string, string[]>;
  exclusions?: ExclusionData[];
  rules: Record<string, RuleData[]>;
}

/** All rules of one class folded into a single regex; group i + 1 belongs to ruleIds[i]. */
export interface CompiledClass {
  cls: ProtectedClass;
  regex: RegExp;
  ruleIds: string[];
}

export interface CompiledExclusion {
  id: string;
  regex: RegExp;
  /** null: applies to every class. */
  classes: ReadonlySet<ProtectedClass> | null;
}

// Rules must begin with a word character, so \b on the left means "not inside a word". It
// is \b rather than a look-behind because V8 can then skip ahead on the rule's first
// characters: about 1.6x faster on the benchmark. The right edge is a look-ahead so rules
// that end in punctuation ("LGBTQ+", "d.o.b.") still work.
const START = '\\b';
const END = '(?![a-z0-9_])';

function expandMacros(source: string, macros: Record<string, string>, ruleId: string): string {
  return source.replace(/\{\{([A-Z_]+)\}\}/g, (_whole, name: string) => {
    const expansion = macros[name];
    if (expansion === undefined) throw new Error(`Rule ${ruleId}: unknown macro {{${name}}}`);
    return expansion;
  });
}

function ruleSource(rule: RuleData, macros: Record<string, string>): string {
  const hasLexicon = Array.isArray(rule.lexicon) && rule.lexicon.length > 0;
  const hasPattern = typeof rule.pattern === 'string' && rule.pattern.length > 0;
  if (hasLexicon === hasPattern) {
    throw new Error(`Rule ${rule.id}: needs exactly one of "lexicon" or "pattern"`);
  }
  if (hasPattern) return expandMacros(rule.pattern as string, macros, rule.id);
  const odd = rule.lexicon?.find((term) => !/^[a-z0-9]/i.test(term.trim()));
  if (odd !== undefined)
    throw new Error(`Rule ${rule.id}: "${odd}" must start with a letter or digit`);
  const suffixes = (rule.suffixes ?? []).filter((s) => s.length > 0);
  const tail = suffixes.length > 0 ? `${wordListRegex(suffixes)}?` : '';
  return wordListRegex(rule.lexicon as string[]) + tail;
}

function checkSource(id: string, source: string, flags: string): void {
  let probe: RegExpExecArray | null;
  try {
    probe = new RegExp(`(?:${source})|`, flags).exec('');
  } catch (error) {
    throw new Error(`Rule ${id}: invalid pattern: ${(error as Error).message}`);
  }
  // Capturing groups would shift the per-rule group numbers the detector relies on.
  if (probe === null || probe.length !== 1) {
    throw new Error(`Rule ${id}: use (?:...) instead of capturing groups`);
  }
  // An empty match would stall the scan loop and redact nothing.
  if (new RegExp(`^(?:${source})$`, flags).test('')) {
    throw new Error(`Rule ${id}: pattern matches the empty string`);
  }
}

function toClass(value: string, where: string): ProtectedClass {
  if (!isProtectedClass(value)) throw new Error(`${where}: unknown protected class "${value}"`);
  return value;
}

export function compileRuleSet(data: RuleSetData): {
  classes: CompiledClass[];
  exclusions: CompiledExclusion[];
} {
  if (typeof data.version !== 'string' || data.version.length === 0) {
    throw new Error('Rule set: "version" must be a non-empty string');
  }
  const macros: Record<string, string> = {};
  for (const [name, terms] of Object.entries(data.macros ?? {}))
    macros[name] = wordListRegex(terms);

  const seen = new Set<string>();
  const classes: CompiledClass[] = [];
  for (const [key, rules] of Object.entries(data.rules)) {
    const cls = toClass(key, 'Rule set');
    const sources: string[] = [];
    const ruleIds: string[] = [];
    for (const rule of rules) {
      if (!rule.id || seen.has(rule.id))
        throw new Error(`Rule "${rule.id}": missing or duplicate id`);
      seen.add(rule.id);
      if (toClass(rule.class, `Rule ${rule.id}`) !== cls) {
        throw new Error(`Rule ${rule.id}: class ${rule.class} listed under ${cls}`);
      }
      const source = ruleSource(rule, macros);
      checkSource(rule.id, source, 'i');
      sources.push(`(${source})`);
      ruleIds.push(rule.id);
    }
    if (sources.length === 0) continue;
    classes.push({
      cls,
      ruleIds,
      regex: new RegExp(`${START}(?:${sources.join('|')})${END}`, 'gi'),
    });
  }

  const exclusions = (data.exclusions ?? []).map((ex): CompiledExclusion => {
    const flags = ex.caseSensitive === true ? 'g' : 'gi';
    checkSource(ex.id, ex.pattern, flags);
    const scope = ex.classes?.map((c) => toClass(c, `Exclusion ${ex.id}`));
    return {
      id: ex.id,
      regex: new RegExp(ex.pattern, flags),
      classes: scope ? new Set(scope) : null,
    };
  });
  return { classes, exclusions };
}
