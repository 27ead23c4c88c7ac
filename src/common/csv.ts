import { stringify } from 'csv-stringify/sync';

/**
 * CSV for spreadsheets, safe against formula injection (OWASP "CSV Injection"). Every CSV the
 * service writes goes through `toCsv`.
 *
 * A text cell is neutralised (a leading apostrophe, which spreadsheets show as text, and the
 * cell always quoted) when
 * - it starts with a formula trigger: = + - @, a tab or a carriage return, or the full-width
 *   forms of = + - @ that Apple Numbers folds to them; or
 * - a trigger follows a separator inside it (, ; | tab, carriage return, line feed): a
 *   spreadsheet that splits cells on that separator would otherwise start a cell with it.
 * Numbers, dates and other non-text values are never changed.
 */

const TRIGGER = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20';
const STARTS_WITH_TRIGGER = new RegExp(`^[${TRIGGER}\\t\\r]`);
const TRIGGER_AFTER_SEPARATOR = new RegExp(`[,;|\\t\\r\\n][${TRIGGER}]`);
/** Already neutralised (by this helper or by a caller that prefixed the apostrophe itself). */
const NEUTRALISED = new RegExp(`^'[${TRIGGER}\\t\\r]`);

/** True when the text could be run as a formula by a spreadsheet. */
export function isFormulaLike(text: string): boolean {
  return STARTS_WITH_TRIGGER.test(text) || TRIGGER_AFTER_SEPARATOR.test(text);
}

/**
 * The cell as written: `quoted` is true when the cell must be quoted because it was
 * neutralised. A cell that already starts with an apostrophe before a trigger is left as it is.
 */
export function neutraliseCell(text: string): { value: string; quoted: boolean } {
  if (NEUTRALISED.test(text)) return { value: text, quoted: true };
  if (isFormulaLike(text)) return { value: `'${text}`, quoted: true };
  return { value: text, quoted: false };
}

/** A header row, then one row per record, with every text cell neutralised. */
export function toCsv<K extends string>(
  rows: Record<K, string | number | boolean | null | undefined>[],
  columns: readonly K[],
): string {
  return stringify(rows, {
    header: true,
    columns: [...columns],
    cast: {
      string: (text) => {
        const cell = neutraliseCell(text);
        return cell.quoted ? { value: cell.value, quoted: true } : cell.value;
      },
    },
  });
}
