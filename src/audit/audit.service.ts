import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../common/request-context';
import { toStorableText } from '../common/storable-text';
import { preparedQuery } from '../database/prepared-query';
import { AuditOutcome } from './audit-event.entity';

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  outcome?: AuditOutcome;
  /** Metadata only: never raw finding content, passwords or tokens. */
  details?: Record<string, unknown>;
  /** Defaults to the signed-in caller of the current request. */
  actorId?: string | null;
  actorRoles?: string[];
}

const FORBIDDEN_DETAIL_KEYS =
  /^(password|passwordHash|token|accessToken|excerpt|rawText|authorization)$/i;

/** PostgreSQL text and jsonb cannot hold NUL or lone surrogates: replace them so no event is lost. */
function storable<T>(value: T): T {
  if (typeof value === 'string') return toStorableText(value) as T;
  if (Array.isArray(value)) return value.map(storable) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [storable(k), storable(v)]),
    ) as T;
  }
  return value;
}

function assertCleanDetails(details: Record<string, unknown>): void {
  for (const key of Object.keys(details)) {
    if (FORBIDDEN_DETAIL_KEYS.test(key)) {
      throw new Error(`Audit details must not carry "${key}"`);
    }
  }
}

/** An event as the intake holds it: everything but seq and the hashes, which the sequencer adds. */
export interface AuditIntakeEntry {
  /** The intake row's id; once sequenced, `audit_events.intake_id` carries it. */
  intakeId: number;
  occurredAt: Date;
  actorId: string | null;
  actorRoles: string[];
  action: string;
  subjectType: string;
  subjectId: string | null;
  outcome: AuditOutcome;
  details: Record<string, unknown>;
  requestId: string | null;
  clientIp: string | null;
}

/** The event of an audited read (`AuditService.readAudited`), one per row the read returns. */
export interface AuditedReadEvent {
  action: string;
  subjectType: string;
  subjectId: string;
  /** Details known before the read. */
  details?: Record<string, unknown>;
  /**
   * Details from the row, as SQL over the read's row `r` giving a jsonb object, for example
   * `jsonb_build_object('version', r.version)`. Static text in the code, never client input.
   */
  rowDetailsSql?: string;
}

const INTAKE_COLUMNS =
  'occurred_at, actor_id, actor_roles, action, subject_type, subject_id, outcome, details, request_id, client_ip';

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends an event inside the caller's transaction, so the event and the change it records
   * commit or roll back together. It goes to the append-only intake, which takes no lock
   * beyond its own row: the sequencer (audit-sequencer.service.ts) chains it shortly after
   * the commit, giving it its seq and hash.
   */
  async append(manager: EntityManager, input: AuditInput): Promise<AuditIntakeEntry> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.append must run inside a transaction');
    }
    const details = storable(input.details ?? {});
    assertCleanDetails(details);
    const entry = this.entry(input, details);
    // A prepared statement on the transaction's own connection: every audited action runs it.
    const [row] = await preparedQuery<{ id: string }>(
      manager,
      `INSERT INTO audit_intake (${INTAKE_COLUMNS})
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        entry.occurredAt,
        entry.actorId,
        entry.actorRoles,
        entry.action,
        entry.subjectType,
        entry.subjectId,
        entry.outcome,
        JSON.stringify(entry.details),
        entry.requestId,
        entry.clientIp,
      ],
    );
    return { intakeId: Number(row.id), ...entry };
  }

  /**
   * A read and its audit event as one statement: `select` (its own parameters $1…$n) runs as a
   * CTE, and an ALLOWED event is stored for each row it returns by an INSERT in the same
   * statement, so the rows are returned only with their events, committed together (one
   * statement is one transaction). For the hottest audited reads: it saves the three round
   * trips of an explicit transaction. A read that returns no row stores no event; the caller's
   * refusal records that.
   */
  async readAudited<T>(
    select: { sql: string; params: unknown[] },
    event: AuditedReadEvent,
  ): Promise<T[]> {
    const details = storable(event.details ?? {});
    assertCleanDetails(details);
    const e = this.entry({ ...event, outcome: 'ALLOWED' }, details);
    const n = select.params.length;
    const p = (i: number) => `$${n + i}`;
    return preparedQuery<T>(
      this.dataSource,
      `WITH r AS (${select.sql}),
            audited AS (
              INSERT INTO audit_intake (${INTAKE_COLUMNS})
              SELECT ${p(1)}::timestamptz, ${p(2)}::uuid, ${p(3)}::text[], ${p(4)}::text,
                     ${p(5)}::text, ${p(6)}::text, 'ALLOWED',
                     ${p(7)}::jsonb${event.rowDetailsSql ? ` || ${event.rowDetailsSql}` : ''},
                     ${p(8)}::text, ${p(9)}::text
                FROM r)
       SELECT * FROM r`,
      [
        ...select.params,
        e.occurredAt,
        e.actorId,
        e.actorRoles,
        e.action,
        e.subjectType,
        e.subjectId,
        JSON.stringify(e.details),
        e.requestId,
        e.clientIp,
      ],
    );
  }

  /** The event as stored, the actor and request taken from the request's context by default. */
  private entry(
    input: AuditInput,
    details: Record<string, unknown>,
  ): Omit<AuditIntakeEntry, 'intakeId'> {
    const ctx = requestContext.get();
    return {
      occurredAt: new Date(),
      actorId: input.actorId !== undefined ? input.actorId : (ctx.actorId ?? null),
      actorRoles: input.actorRoles ?? ctx.actorRoles ?? [],
      action: input.action,
      subjectType: input.subjectType,
      subjectId:
        input.subjectId === undefined || input.subjectId === null
          ? null
          : storable(input.subjectId),
      outcome: input.outcome ?? 'ALLOWED',
      details,
      requestId: ctx.requestId ?? null,
      clientIp: ctx.clientIp ?? null,
    };
  }

  /** Records an event on its own (a denial, a failed login, a read): its own transaction. */
  async record(input: AuditInput): Promise<AuditIntakeEntry> {
    return this.dataSource.transaction((manager) => this.append(manager, input));
  }
}
