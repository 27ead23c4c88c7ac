import { NextFunction, Request, Response } from 'express';
import { errorBody } from './http-exception.filter';

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

/** Runs right after the JSON parser, before any guard or pipe sees the body. */
export function refuseDeepJson(req: Request, res: Response, next: NextFunction): void {
  if (jsonDepthExceeds(req.body, MAX_JSON_DEPTH)) {
    res
      .status(400)
      .json(errorBody(400, 'Bad Request', `JSON nested deeper than ${MAX_JSON_DEPTH} levels`, req));
    return;
  }
  next();
}
