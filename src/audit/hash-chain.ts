import { createHash } from 'node:crypto';

/** The hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an event that its hash covers: everything but the two hashes. */
export interface ChainedEventBody {
  seq: number;
  occurredAt: Date | string;
  actorId: string | null;
  actorRoles: string[];
  action: string;
  subjectType: string;
  subjectId: string | null;
  outcome: string;
  details: unknown;
  requestId: string | null;
  clientIp: string | null;
}

export interface ChainedEvent extends ChainedEventBody {
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every depth, so equal values always hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

const isoTime = (t: Date | string) => (t instanceof Date ? t : new Date(t)).toISOString();

/**
 * canonicalJson of the event's hashed fields, written out directly: the top-level keys are
 * fixed, so they are emitted already sorted instead of building and sorting an object per
 * event (verification does this for every row). Gives exactly canonicalJson's bytes; the spec
 * checks both against each other.
 */
function canonicalBody(event: ChainedEventBody): string {
  const fields: [string, unknown][] = [
    ['action', event.action],
    ['actorId', event.actorId],
    ['actorRoles', event.actorRoles],
    ['clientIp', event.clientIp],
    ['details', event.details],
    ['occurredAt', isoTime(event.occurredAt)],
    ['outcome', event.outcome],
    ['requestId', event.requestId],
    ['seq', event.seq],
    ['subjectId', event.subjectId],
    ['subjectType', event.subjectType],
  ];
  let out = '';
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    out += `${out ? ',' : '{'}"${key}":${canonicalJson(value)}`;
  }
  return out ? `${out}}` : '{}';
}

/** The slow, obviously right form of canonicalBody, kept for the spec to compare against. */
export function canonicalBodyReference(event: ChainedEventBody): string {
  return canonicalJson({
    seq: event.seq,
    occurredAt: new Date(event.occurredAt).toISOString(),
    actorId: event.actorId,
    actorRoles: event.actorRoles,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    outcome: event.outcome,
    details: event.details,
    requestId: event.requestId,
    clientIp: event.clientIp,
  });
}

export { canonicalBody };

/** hash = SHA-256(previous hash + canonical JSON of the event). */
export function chainHash(prevHash: string, event: ChainedEventBody): string {
  return createHash('sha256').update(prevHash).update(canonicalBody(event)).digest('hex');
}

export type ChainBreak = 'GAP' | 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH';

export interface ChainCheckResult {
  intact: boolean;
  count: number;
  headSeq: number;
  headHash: string;
  brokenAtSeq?: number;
  reason?: ChainBreak;
}

/**
 * Walks events in seq order and stops at the first broken link. Feed it batches; it keeps
 * its place between them so verification streams instead of loading the whole log.
 */
export class ChainWalker {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private count = 0;
  private broken?: { seq: number; reason: ChainBreak };

  get done(): boolean {
    return this.broken !== undefined;
  }

  push(event: ChainedEvent): boolean {
    if (this.broken) return false;
    if (event.seq !== this.expectedSeq) {
      // A missing event (or a renumbered one) shows as the first sequence number not found.
      this.broken = { seq: this.expectedSeq, reason: 'GAP' };
      return false;
    }
    if (event.prevHash !== this.prevHash) {
      this.broken = { seq: event.seq, reason: 'PREV_HASH_MISMATCH' };
      return false;
    }
    if (chainHash(event.prevHash, event) !== event.hash) {
      this.broken = { seq: event.seq, reason: 'HASH_MISMATCH' };
      return false;
    }
    this.prevHash = event.hash;
    this.expectedSeq += 1;
    this.count += 1;
    return true;
  }

  result(): ChainCheckResult {
    if (this.broken) {
      return {
        intact: false,
        count: this.count,
        headSeq: this.expectedSeq - 1,
        headHash: this.prevHash,
        brokenAtSeq: this.broken.seq,
        reason: this.broken.reason,
      };
    }
    return {
      intact: true,
      count: this.count,
      headSeq: this.expectedSeq - 1,
      headHash: this.prevHash,
    };
  }
}
