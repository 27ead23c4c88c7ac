import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AUDIT_COLUMNS, AuditRow, fromAuditRow } from './audit-row';
import { AUDIT_PAGE_DEFAULT, AuditPage, AuditQueryDto } from './audit-query.dto';

const CURSOR_PREFIX = 'seq:';

/** The cursor is opaque to clients: base64url of "seq:<last seq of the page>". */
export function encodeCursor(seq: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${seq}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^seq:([1-9]\d{0,15})$/.exec(text);
  const seq = match ? Number(match[1]) : NaN;
  // Re-encoding must give back exactly what was sent: rejects padded or altered variants.
  if (!Number.isSafeInteger(seq) || encodeCursor(seq) !== cursor) {
    throw new BadRequestException('cursor is not a cursor returned by this endpoint');
  }
  return seq;
}

const OFFSET = /(Z|[+-]\d{2}(:?\d{2})?)$/i;

/** An ISO-8601 timestamp as a Date; a date-time without an offset is taken as UTC. */
function parseTimestamp(name: string, value: string): Date {
  const withZone = value.includes('T') && !OFFSET.test(value) ? `${value}Z` : value;
  const date = new Date(withZone);
  if (Number.isNaN(date.getTime())) {
    throw new BadRequestException(
      `${name} must be an ISO-8601 timestamp such as 2026-01-31T12:00:00Z`,
    );
  }
  return date;
}

/**
 * Browsing the audit log for the auditor: the sequenced events, and how many matching ones
 * still wait in the intake. Keyset pagination on `seq`: a page is the first `limit` matching
 * events with seq greater than the cursor's. The sequencer numbers and commits a batch in one
 * transaction, under its lock, starting after the committed head, so a reader never sees
 * seq N+1 without seq N: events chained while paging land after the cursor and show up on a
 * later page, and nothing is skipped or repeated at a page boundary.
 */
@Injectable()
export class AuditBrowseService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async browse(query: AuditQueryDto): Promise<AuditPage> {
    const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };

    const cursor = query.cursor !== undefined ? decodeCursor(query.cursor) : undefined;
    if (query.actorId !== undefined) add('actor_id = ?', query.actorId);
    if (query.action !== undefined) add('action = ?', query.action);
    if (query.subjectType !== undefined) add('subject_type = ?', query.subjectType);
    if (query.subjectId !== undefined) add('subject_id = ?', query.subjectId);
    if (query.outcome !== undefined) add('outcome = ?', query.outcome);
    const from = query.from !== undefined ? parseTimestamp('from', query.from) : undefined;
    const to = query.to !== undefined ? parseTimestamp('to', query.to) : undefined;
    if (from && to && from.getTime() >= to.getTime()) {
      throw new BadRequestException(
        'from must be earlier than to (from is inclusive, to is exclusive)',
      );
    }
    if (from) add('occurred_at >= ?', from);
    if (to) add('occurred_at < ?', to);

    // Events still in the intake have no seq yet: counted with the same filters, not listed.
    const [{ pending }] = await this.dataSource.query<{ pending: number }[]>(
      `SELECT count(*)::int AS pending FROM audit_intake
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    if (cursor !== undefined) add('seq > ?', cursor);
    // One row more than the page tells whether another page exists.
    params.push(limit + 1);
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT ${AUDIT_COLUMNS}
         FROM audit_events
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY seq ASC
        LIMIT $${params.length}`,
      params,
    );
    const events = rows.slice(0, limit).map(fromAuditRow);
    const nextCursor = rows.length > limit ? encodeCursor(events[events.length - 1].seq) : null;
    return { events, nextCursor, pending };
  }
}
