import { createHash } from 'node:crypto';
import { scrubLinks } from '../common/link-scrubber';

/**
 * Wis. Stat. 19.36(7): an applicant who asked in writing keeps their identity out of a public
 * release (final candidates excepted). The pseudonym is stable, so the same applicant reads the
 * same in every release, and cannot be turned back into a name without the internal id.
 */
export function pseudonymFor(candidateId: string): string {
  return `Applicant-${createHash('sha256').update(candidateId, 'utf8').digest('hex').slice(0, 8)}`;
}

export function isConfidential(c: {
  confidentialityRequested: boolean;
  finalCandidate: boolean;
}): boolean {
  return c.confidentialityRequested && !c.finalCandidate;
}

export interface IdentityRecord {
  id: string;
  fullName: string;
  aliases: string[];
  providedHandles: string[];
  email: string | null;
}

const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'esq', 'phd', 'md']);
const MIN_PART_LENGTH = 3;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length >= 2 ? t : null;
}

function nameParts(name: string): string[] {
  return name
    .split(/[\s,]+/)
    .map((p) => p.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((p) => p.length >= MIN_PART_LENGTH && !NAME_SUFFIXES.has(p.toLowerCase()));
}

/** Every string by which the record identifies the person: names, aliases, handles, email. */
export function identityPhrases(c: IdentityRecord): string[] {
  const out = new Set<string>();
  const add = (s: string | null | undefined) => {
    const t = clean(s);
    if (t) out.add(t);
  };
  add(c.fullName);
  c.aliases.forEach(add);
  add(c.email);
  for (const h of c.providedHandles) {
    add(h);
    add(h.replace(/^@/, ''));
    // "@name" whole, so the pseudonym replaces the "@" too (else the link scrubber would see a handle).
    add(`@${h.replace(/^@/, '')}`);
  }
  return [...out];
}

const KEEP = Symbol('keep');

/**
 * Replaces every mention of a confidential applicant (full name, aliases, handles, email, and
 * each part of their names) with their pseudonym, case-insensitively and on word boundaries.
 * Names of disclosed candidates in the same bundle are protected: a disclosed full name is never
 * rewritten, and a name part shared with a disclosed candidate ("Jordan" in both "Jordan Doe"
 * and "Jordan Smith") is replaced on its own only in the text about its owner (`ownerId`: the
 * confidential applicant whose report is being redacted), where it refers to them.
 */
export class IdentityRedactor {
  private readonly pattern: RegExp | null = null;
  private readonly byLower = new Map<string, string | typeof KEEP>();

  constructor(confidential: IdentityRecord[], disclosed: IdentityRecord[] = [], ownerId?: string) {
    const keepPhrases = disclosed
      .flatMap((d) => [d.fullName, ...d.aliases])
      .map(clean)
      .filter((s): s is string => !!s);
    const keepParts = new Set(
      disclosed
        .flatMap((d) => [d.fullName, ...d.aliases])
        .flatMap(nameParts)
        .map((p) => p.toLowerCase()),
    );
    const terms = new Map<string, string | typeof KEEP>();
    // The owner first, so their own name parts win over another confidential applicant's.
    const ordered = [...confidential].sort(
      (a, b) => Number(b.id === ownerId) - Number(a.id === ownerId),
    );
    for (const c of ordered) {
      const pseudonym = pseudonymFor(c.id);
      for (const phrase of identityPhrases(c))
        if (!terms.has(phrase.toLowerCase())) terms.set(phrase.toLowerCase(), pseudonym);
    }
    for (const c of ordered) {
      const pseudonym = pseudonymFor(c.id);
      for (const part of [c.fullName, ...c.aliases].flatMap(nameParts)) {
        const lower = part.toLowerCase();
        if ((c.id === ownerId || !keepParts.has(lower)) && !terms.has(lower))
          terms.set(lower, pseudonym);
      }
    }
    for (const phrase of keepPhrases)
      if (!terms.has(phrase.toLowerCase())) terms.set(phrase.toLowerCase(), KEEP);
    if (![...terms.values()].some((v) => v !== KEEP)) return;
    this.byLower = terms;
    const alternatives = [...terms.keys()]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map(escapeRegExp);
    this.pattern = new RegExp(
      `(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`,
      'giu',
    );
  }

  redact(text: string): string {
    if (!this.pattern) return text;
    return text.replace(this.pattern, (match) => {
      let to = this.byLower.get(match.toLowerCase());
      if (to === undefined) {
        // Case folding and toLowerCase can disagree on a few letters: find the term the hard way.
        for (const [term, value] of this.byLower) {
          if (new RegExp(`^${escapeRegExp(term)}$`, 'iu').test(match)) {
            to = value;
            break;
          }
        }
      }
      if (to === KEEP) return match;
      return to ?? '[withheld]';
    });
  }
}

/**
 * Public releases carry no links or account references: any URL, e-mail address or @handle left
 * in filtered text is replaced, by the same scrubber the panel's report goes through.
 */
export function removeUrls(text: string): string {
  return scrubLinks(text, '[link removed]');
}

/** Applies `fn` to every string in a JSON value (object keys untouched). */
export function mapStrings(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, mapStrings(v, fn)]),
    );
  }
  return value;
}
