/**
 * npm run eval:detector: the detector's figures on both splits of the evaluation corpus, and
 * the misses and false flags of the dev split only (the test split is frozen and never tuned
 * on; see LABELLING.md).
 *
 * npm run eval:detector -- --from-reviews: the spans reviewers redacted that the detector
 * missed, from the database at DATABASE_URL (class, the span in its context, the rules version
 * that missed it), so the rules can learn from real work without copying text into this
 * repository. Each listing is written to the audit log.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../../../cli/cli.module';
import { validateConfig } from '../../../config/app-config';
import { DetectorMissesService } from '../../detector-misses.service';
import { ProtectedClassDetector } from '../detector';
import { PROTECTED_CLASSES } from '../protected-class';
import { evaluate, loadSplit, splitSha256, type EvalResult, type Split } from './evaluate';

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function report(split: Split, result: EvalResult): void {
  out(`== ${split} split (sha256 ${splitSha256(split).slice(0, 16)}…)`);
  out(
    `  span recall     ${pct(result.spanRecall)}  (${result.caught}/${result.protectedSentences} protected sentences fully covered)`,
  );
  out(
    `  class recall    ${pct(result.classRecall)}  (covered and flagged with the labelled class)`,
  );
  out(`  precision       ${pct(result.precision)}  (flags overlapping a labelled leak span)`);
  out(
    `  clean flagged   ${pct(result.cleanFlagRate)}  (${result.cleanFlagged}/${result.cleanSentences} clean sentences)`,
  );
  out('  per-class span recall:');
  for (const cls of PROTECTED_CLASSES) {
    const s = result.perClass[cls];
    if (s === undefined) continue;
    out(`    ${cls.padEnd(22)} ${pct(s.recall).padStart(6)}  (${s.caught}/${s.positives})`);
  }
}

function main(): void {
  const detector = new ProtectedClassDetector();
  const scan = (text: string) => detector.scan(text);
  const dev = evaluate(loadSplit('dev'), scan);
  const test = evaluate(loadSplit('test'), scan);
  out(`rules version ${detector.rulesVersion}`);
  report('dev', dev);
  report('test', test);
  out();
  out(`== dev misses (${dev.misses.length})`);
  for (const miss of dev.misses) {
    const flagged = miss.hits.map((h) => `${h.class}:"${h.text}"`).join(', ') || 'no flags';
    out(`  [${miss.record.class}] ${miss.record.text}`);
    out(`      uncovered: ${miss.uncovered.map((s) => `"${s}"`).join(', ')}; ${flagged}`);
  }
  out(`== dev false flags on clean sentences (${dev.falseFlags.length})`);
  for (const { record, hits } of dev.falseFlags) {
    out(`  ${record.text}`);
    out(`      ${hits.map((h) => `${h.class}:"${h.text}"`).join(', ')}`);
  }
  out('(test-split misses are not listed: the test split is frozen and not tuned on)');
}

async function fromReviews(): Promise<void> {
  validateConfig(process.env);
  const ctx = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    const misses = await ctx.get(DetectorMissesService).list();
    const current = new ProtectedClassDetector();
    out(`current rules version ${current.rulesVersion}`);
    out(`== misses recorded by reviewers (${misses.length})`);
    const oneLine = (s: string) => s.replace(/\s+/g, ' ');
    for (const miss of misses) {
      out(
        `  [${miss.class}] ${miss.field}, missed by rules ${miss.rulesVersion} (recorded ${miss.recordedAt.toISOString()})`,
      );
      if (!miss.span) {
        out('      (the text changed or was purged since; the span is no longer there)');
        continue;
      }
      out(`      span:    "${oneLine(miss.span.text)}"`);
      out(
        `      context: …${oneLine(miss.span.before)}[[${oneLine(miss.span.text)}]]${oneLine(miss.span.after)}…`,
      );
      const now = current.scan(miss.span.text);
      out(
        `      current rules: ${now.length ? now.map((h) => `${h.class}:"${h.text}"`).join(', ') : 'still missed'}`,
      );
    }
  } finally {
    await ctx.close();
  }
}

if (process.argv.includes('--from-reviews')) {
  fromReviews().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
} else {
  main();
}
