import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { requestContext } from '../common/request-context';
import { toStorableText } from '../common/storable-text';
import { AuditEvent, AuditOutcome } from './audit-event.entity';
import { chainHash, GENESIS_HASH } from './hash-chain';

/** Any constant works; it only has to be the same for every writer of the chain. */
const AUDIT_CHAIN_LOCK = 0x0c7b_e7a1;

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

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends an event inside the caller's transaction, so the event and the change it records
   * commit or roll back together. The advisory lock serializes appenders until commit, which
   * keeps the chain a single line with no forks and no gaps.
   */
  async append(manager: EntityManager, input: AuditInput): Promise<AuditEvent> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditService.append must run inside a transaction');
    }
    const details = storable(input.details ?? {});
    assertCleanDetails(details);
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const head: { seq: string; hash: string }[] = await manager.query(
      'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
    );
    const ctx = requestContext.get();
    const event = manager.create(AuditEvent, {
      seq: head.length ? Number(head[0].seq) + 1 : 1,
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
      prevHash: head.length ? head[0].hash : GENESIS_HASH,
    });
    event.hash = chainHash(event.prevHash, event);
    await manager.getRepository(AuditEvent).insert(event);
    return event;
  }

  /** Records an event on its own (a denial, a failed login, a read): its own transaction. */
  async record(input: AuditInput): Promise<AuditEvent> {
    return this.dataSource.transaction((manager) => this.append(manager, input));
  }
}
