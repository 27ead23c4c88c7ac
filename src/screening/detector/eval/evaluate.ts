import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DetectorHit } from '../detector';
import { isProtectedClass, type ProtectedClass } from '../protected-class';

/** One labelled sentence; `spans` are exact substrings of `text` (see LABELLING.md). */
export interface EvalRecord {
  text: string;
  class: ProtectedClass | null;
  spans: string[];
}

export type Split = 'dev' | 'test';

export function splitPath(split: Split): string {
  return join(__dirname, `${split}.jsonl`);
}

export function splitSha256(split: Split): string {
  return createHash('sha256')
    .update(readFileSync(splitPath(split)))
    .digest('hex');
}

export function loadSplit(split: Split): EvalRecord[] {
  const lines = readFileSync(splitPath(split), 'utf8').split('\n');
  return lines
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      const raw = JSON.parse(line) as { text: string; class: string | null; spans: string[] };
      if (raw.class !== null && !isProtectedClass(raw.class)) {
        throw new Error(`${split}.jsonl line ${i + 1}: unknown class ${raw.class}`);
      }
      for (const span of raw.spans) {
        if (!raw.text.includes(span)) {
          throw new Error(`${split}.jsonl line ${i + 1}: span "${span}" is not in the text`);
        }
      }
      return { text: raw.text, class: raw.class, spans: raw.spans };
    });
}

export interface Miss {
  record: EvalRecord;
  uncovered: string[];
  hits: DetectorHit[];
}

export interface ClassScore {
  positives: number;
  caught: number;
  recall: number;
}

export interface EvalResult {
  sentences: number;
  protectedSentences: number;
  caught: number;
  /** A protected sentence is caught when every one of its leak spans is covered by flags. */
  spanRecall: number;
  /** Caught, and at least one flag on it has the labelled class. */
  classRecall: number;
  perClass: Partial<Record<ProtectedClass, ClassScore>>;
  /** Flags that overlap a labelled leak span, over all flags on the split. */
  precision: number;
  cleanSentences: number;
  cleanFlagged: number;
  /** Share of clean sentences with at least one flag: the reviewer's false-flag load. */
  cleanFlagRate: number;
  misses: Miss[];
  falseFlags: Array<{ record: EvalRecord; hits: DetectorHit[] }>;
}

/** Every occurrence of `span` in `text` (a span normally occurs once). */
function spanRanges(text: string, span: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let i = text.indexOf(span); i !== -1; i = text.indexOf(span, i + 1)) {
    ranges.push([i, i + span.length]);
  }
  return ranges;
}

/** True when the union of hits covers [start, end) without a gap of a word character. */
function covered(text: string, hits: DetectorHit[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i])) continue; // spaces and punctuation need no flag
    if (!hits.some((h) => h.start <= i && i < h.end)) return false;
  }
  return true;
}

export function evaluate(records: EvalRecord[], scan: (text: string) => DetectorHit[]): EvalResult {
  const perClass: Partial<Record<ProtectedClass, ClassScore>> = {};
  const misses: Miss[] = [];
  const falseFlags: EvalResult['falseFlags'] = [];
  let caught = 0;
  let classCaught = 0;
  let flags = 0;
  let trueFlags = 0;
  let cleanFlagged = 0;
  for (const record of records) {
    const hits = scan(record.text);
    const leakRanges = record.spans.flatMap((span) => spanRanges(record.text, span));
    flags += hits.length;
    trueFlags += hits.filter((h) => leakRanges.some(([s, e]) => h.start < e && s < h.end)).length;
    if (record.class === null) {
      if (hits.length > 0) {
        cleanFlagged++;
        falseFlags.push({ record, hits });
      }
      continue;
    }
    const score = (perClass[record.class] ??= { positives: 0, caught: 0, recall: 0 });
    score.positives++;
    const uncovered = record.spans.filter(
      (span) => !spanRanges(record.text, span).some(([s, e]) => covered(record.text, hits, s, e)),
    );
    if (uncovered.length === 0) {
      caught++;
      score.caught++;
      if (hits.some((h) => h.class === record.class)) classCaught++;
    } else {
      misses.push({ record, uncovered, hits });
    }
  }
  for (const score of Object.values(perClass)) score.recall = score.caught / score.positives;
  const protectedSentences = records.filter((r) => r.class !== null).length;
  const cleanSentences = records.length - protectedSentences;
  return {
    sentences: records.length,
    protectedSentences,
    caught,
    spanRecall: caught / protectedSentences,
    classRecall: classCaught / protectedSentences,
    perClass,
    precision: flags === 0 ? 1 : trueFlags / flags,
    cleanSentences,
    cleanFlagged,
    cleanFlagRate: cleanFlagged / cleanSentences,
    misses,
    falseFlags,
  };
}
