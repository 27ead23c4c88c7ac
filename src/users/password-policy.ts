import { dictionary } from '@zxcvbn-ts/language-common';
import { registerDecorator, ValidationOptions } from 'class-validator';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * The most common passwords, from the list zxcvbn-ts maintains (about 49,000 entries from
 * breach corpora). Compared case-insensitively and with whitespace removed, so "Password 1234"
 * counts as "password1234".
 */
const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/** What is wrong with a new password, or null when it may be used. The one rule for every path. */
export function passwordProblem(password: unknown, field = 'password'): string | null {
  if (typeof password !== 'string') return `${field} must be a string`;
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `${field} must be at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `${field} must be at most ${MAX_PASSWORD_LENGTH} characters`;
  }
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(lower.replace(/\s+/g, ''))) {
    return `${field} is one of the most commonly used passwords; choose another`;
  }
  return null;
}

/** class-validator decorator for a new password: length and the common-password list. */
export function IsAcceptablePassword(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown, args) => passwordProblem(value, args?.property) === null,
        defaultMessage: (args) =>
          passwordProblem(args?.value, args?.property) ?? 'password is not acceptable',
      },
    });
  };
}
