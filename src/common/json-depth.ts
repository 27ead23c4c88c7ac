import { NextFunction, Request, Response } from 'express';
import { errorBody } from './http-exception.filter';
import { unstorableText } from './storable-text';

/** Deeper JSON is refused: class-transformer and class-validator recurse and would overflow the stack. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deeply `value` nests arrays and objects (a scalar is 0, `[]` is 1), counted without
 * recursion and stopping as soon as `limit` is passed, so a hostile body cannot overflow here.
 */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    if (level > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (child !== null && typeof child === 'object') stack.push([child, level]);
    }
  }
  return false;
}

/**
 * The first string in `value` (a key or a value, at any depth) that PostgreSQL cannot hold
 * faithfully, named by its JSON path (`identityMatches[0].detail`), or null. Iterative, so it is
 * safe to run on a body already known to nest at most MAX_JSON_DEPTH levels.
 */
export function firstUnstorableString(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      const problem = unstorableText(node);
      if (problem) return `${path || 'the body'} contains ${problem}`;
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push([child, `${path}[${i}]`]));
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        const problem = unstorableText(key);
        if (problem) return `a field name in ${path || 'the body'} contains ${problem}`;
        stack.push([child, path ? `${path}.${key}` : key]);
      }
    }
  }
  return null;
}

/**
 * Runs right after the JSON parser, before any guard or pipe sees the body: refuses JSON nested
 * too deeply, and any string holding a NUL or a lone surrogate, whichever route it was sent to,
 * so no field can carry text the database would reject or silently change.
 */
export function refuseUnsafeJson(req: Request, res: Response, next: NextFunction): void {
  const refuse = (message: string) =>
    void res.status(400).json(errorBody(400, 'Bad Request', message, req));
  if (jsonDepthExceeds(req.body, MAX_JSON_DEPTH)) {
    return refuse(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
  const unstorable = firstUnstorableString(req.body);
  if (unstorable) {
    return refuse(`${unstorable}; text must be well-formed Unicode without NUL characters`);
  }
  next();
}
