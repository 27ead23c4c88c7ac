import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import {
  CreateRecordsRequestDto,
  RecordsRequestView,
  UpdateRecordsRequestDto,
} from './records.dto';
import { RecordsRequest, RecordsScope } from './records.entity';
import { recordsNames, RecordsNames } from './records-names';
import { lockProcessRecords, RecordsScopeService } from './records-scope.service';

const DAY_MS = 864e5;

/** Whole days from `from` to `to`, rounded down (negative when `to` is earlier). */
function wholeDays(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

export function recordsRequestView(
  r: RecordsRequest,
  names: RecordsNames,
  now = new Date(),
): RecordsRequestView {
  return {
    id: r.id,
    requester: r.requester,
    receivedAt: r.receivedAt,
    scope: r.scope,
    processId: r.processId,
    candidateId: r.candidateId,
    description: r.description,
    status: r.status,
    statusNote: r.statusNote,
    statusChangedAt: r.statusChangedAt,
    statusChangedBy: r.statusChangedBy,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
    deadline: r.deadline,
    ageDays: Math.max(0, wholeDays(r.receivedAt, now)),
    daysUntilDeadline: r.deadline
      ? wholeDays(now, r.deadline)
      : null,
    overdue: r.status === 'OPEN' && r.deadline !== null && r.deadline.getTime() < now.getTime(),
    createdByName: names.user(r.createdBy),
    statusChangedByName: names.user(r.statusChangedBy),
  };
}

async function views(m: EntityManager, rows: RecordsRequest[]): Promise<RecordsRequestView[]> {
  const names = await recordsNames(m, {
    users: rows.flatMap((r) => [r.createdBy, r.statusChangedBy]),
  });
  const now = new Date();
  return rows.map((r) => recordsRequestView(r, names, now));
}

/** A deadline the custodian sets: a valid date, not before the request was received. */
function parseDeadline(value: string, receivedAt: Date): Date {
  const deadline = new Date(value);
  if (Number.isNaN(deadline.getTime()))
    throw new BadRequestException('deadline is not a valid date');
  if (deadline.getTime() < receivedAt.getTime())
    throw new BadRequestException(
      `deadline (${deadline.toISOString()}) cannot be before receivedAt (${receivedAt.toISOString()})`,
    );
  return deadline;
}

/** Open-records requests. While OPEN, a request holds its scope (Wis. Stat. 19.35(5)). */
@Injectable()
export class RecordsRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly scopes: RecordsScopeService,
  ) {}

  async create(caller: Caller, dto: CreateRecordsRequestDto): Promise<RecordsRequestView> {
    const action = 'records-request.create';
    const receivedAt = new Date(dto.receivedAt);
    if (receivedAt.getTime() > Date.now() + 60_000)
      throw new BadRequestException('receivedAt cannot be in the future');
    const deadline = dto.deadline === undefined ? null : parseDeadline(dto.deadline, receivedAt);
    const scope: RecordsScope = {};
    if (dto.scope.processId) scope.processId = dto.scope.processId;
    if (dto.scope.candidateId) scope.candidateId = dto.scope.candidateId;
    return this.dataSource.transaction(async (m) => {
      const resolved = await this.scopes.resolve(m, scope, action);
      await lockProcessRecords(m, resolved.processId);
      const request = m.create(RecordsRequest, {
        requester: dto.requester,
        receivedAt,
        scope,
        processId: resolved.processId,
        candidateId: resolved.candidateId,
        description: dto.description,
        deadline,
        status: 'OPEN',
        createdBy: caller.id,
      });
      await m.insert(RecordsRequest, request);
      await this.audit.append(m, {
        action,
        subjectType: 'records_request',
        subjectId: request.id,
        details: {
          requester: dto.requester,
          receivedAt: receivedAt.toISOString(),
          deadline: deadline?.toISOString() ?? null,
          scope,
          processId: resolved.processId,
          candidateId: resolved.candidateId,
        },
      });
      const [view] = await views(m, [
        await m.getRepository(RecordsRequest).findOneByOrFail({ id: request.id }),
      ]);
      return view;
    });
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdateRecordsRequestDto,
  ): Promise<RecordsRequestView> {
    const action = 'records-request.update';
    return this.dataSource.transaction(async (m) => {
      const request = await m
        .getRepository(RecordsRequest)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw this.access.notFound('records request', id, action);
      await lockProcessRecords(m, request.processId);
      const changes: Partial<RecordsRequest> = {};
      const details: Record<string, unknown> = {
        processId: request.processId,
        candidateId: request.candidateId,
      };
      if (dto.status !== undefined) {
        Object.assign(changes, {
          status: dto.status,
          statusNote: dto.note ?? null,
          statusChangedAt: new Date(),
          statusChangedBy: caller.id,
        });
        Object.assign(details, { from: request.status, to: dto.status, note: dto.note ?? null });
      }
      if (dto.deadline !== undefined) {
        const deadline =
          dto.deadline === null ? null : parseDeadline(dto.deadline, request.receivedAt);
        changes.deadline = deadline;
        details.deadline = {
          from: request.deadline?.toISOString() ?? null,
          to: deadline?.toISOString() ?? null,
        };
      }
      await m.update(RecordsRequest, { id }, changes);
      await this.audit.append(m, {
        action,
        subjectType: 'records_request',
        subjectId: id,
        details,
      });
      const [view] = await views(m, [
        await m.getRepository(RecordsRequest).findOneByOrFail({ id }),
      ]);
      return view;
    });
  }

  async list(): Promise<RecordsRequestView[]> {
    const rows = await this.dataSource
      .getRepository(RecordsRequest)
      .find({ order: { createdAt: 'DESC' } });
    return views(this.dataSource.manager, rows);
  }
}
