import { ValidateBy, ValidationOptions } from 'class-validator';

// eslint-disable-next-line no-control-regex -- matching NUL is the point: PostgreSQL cannot store it
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'g');

/** `text` with every NUL and lone surrogate replaced by U+FFFD, so it can always be stored. */
export function toStorableText(text: string): string {
  return text.replace(UNSTORABLE_ALL, '\uFFFD');
}

/**
 * Why PostgreSQL could not hold `text` faithfully, or null if it can: a NUL character (refused by
 * text columns) or a lone surrogate, half of a character (silently replaced in text columns and
 * refused by the jsonb parser, which is where a released report's content goes).
 */
export function unstorableText(text: string): string | null {
  const hit = UNSTORABLE.exec(text);
  if (!hit) return null;
  const what =
    hit[0] === '\u0000' ? 'a NUL character (U+0000)' : 'a lone surrogate (half of a character)';
  return `${what} at offset ${hit.index}`;
}

/** Refuses (400) a string holding a NUL character or a lone surrogate, naming the field. */
export function IsStorableText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isStorableText',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || unstorableText(value) === null,
        defaultMessage: (args) =>
          `${args?.property} contains ${unstorableText(String(args?.value))}; text must be well-formed Unicode without NUL characters`,
      },
    },
    options,
  );
}
