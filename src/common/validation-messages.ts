import { ValidationError } from 'class-validator';

/**
 * The message of the property's first broken rule in declaration order. class-validator lists
 * constraints last-declared first, so without this a missing value could be reported as
 * "must be shorter than 5000 characters" before "is required".
 */
export function firstMessage(e: ValidationError): string {
  const messages = Object.values(e.constraints ?? {});
  return messages[messages.length - 1] ?? `${e.property} is invalid`;
}

/** One message per broken property (its first rule), nested paths prefixed, each said once. */
export function validationMessages(errors: ValidationError[], parent = ''): string[] {
  const out = errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = e.constraints ? [firstMessage(e)] : [];
    const named = own.map((m) => (m.startsWith(e.property) && parent ? `${parent}.${m}` : m));
    return [...named, ...validationMessages(e.children ?? [], path)];
  });
  return [...new Set(out)];
}
