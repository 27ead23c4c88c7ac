import { HttpStatus } from '@nestjs/common';
import { refuse, RefusalException } from '../common/refusal.exception';
import { PROTECTED_CLASSES } from './detector/protected-class';
import { FindingTexts } from './finding-texts';
import { isGraphemeBoundary, widenToGraphemes } from './graphemes';
import { ScreenedField } from './screening.entity';
import { ExtraRedactionDto } from './screening.dto';

type Subject = { action: string; subjectType: string; subjectId: string };

/** A reviewer's redaction of a span no detector flag touches: a miss, with the class they chose. */
export interface MissedSpan {
  field: ScreenedField;
  start: number;
  end: number;
  protectedClass: string;
}

const describe = (r: ExtraRedactionDto, i: number) =>
  `extraRedactions[${i}] (${r.field} ${r.start}–${r.end})`;

/**
 * Checks the reviewer's own redactions against the finding's current text and flags, and
 * returns the ones the detector missed. Out of range is 422; a span that splits a character,
 * or a miss without a protected class, is 400 naming the span (by field and offsets only: the
 * refusal is audited, and the audit log never quotes finding text).
 */
export function checkExtraRedactions(
  texts: FindingTexts,
  extra: ExtraRedactionDto[],
  flags: { field: ScreenedField; start: number; end: number }[],
  subject: Subject,
): MissedSpan[] {
  const badRange = extra.filter((r) => r.end <= r.start || r.end > (texts[r.field]?.length ?? 0));
  if (badRange.length) {
    throw refuse.unprocessable(
      `extraRedactions out of range: ${badRange.map((r) => `${r.field}[${r.start},${r.end})`).join(', ')}; spans must lie within the field's current text`,
      subject,
    );
  }
  const offBoundary = extra
    .map((r, i) => ({ r, i, text: texts[r.field]! }))
    .filter(
      ({ r, text }) => !isGraphemeBoundary(text, r.start) || !isGraphemeBoundary(text, r.end),
    );
  if (offBoundary.length) {
    throw new RefusalException(
      HttpStatus.BAD_REQUEST,
      `${offBoundary
        .map(({ r, i, text }) => {
          const whole = widenToGraphemes(text, r);
          return `${describe(r, i)} does not fall on character boundaries (the whole characters are ${whole.start}–${whole.end})`;
        })
        .join(
          '; ',
        )}. Offsets are UTF-16 code-unit indices and must not split a character (an emoji, a flag, a letter and its accent)`,
      subject,
    );
  }
  const missed = extra
    .map((r, i) => ({ r, i }))
    .filter(
      ({ r }) => !flags.some((f) => f.field === r.field && f.start < r.end && r.start < f.end),
    );
  const unclassed = missed.filter(({ r }) => !r.class);
  if (unclassed.length) {
    throw new RefusalException(
      HttpStatus.BAD_REQUEST,
      `${unclassed.map(({ r, i }) => describe(r, i)).join('; ')} ${unclassed.length === 1 ? 'overlaps' : 'overlap'} no detector flag: ` +
        `a redaction of a span the detector missed needs its protected class (class, one of ${PROTECTED_CLASSES.join(', ')}), so the miss is recorded for the rules`,
      subject,
    );
  }
  return missed.map(({ r }) => ({
    field: r.field,
    start: r.start,
    end: r.end,
    protectedClass: r.class!,
  }));
}
