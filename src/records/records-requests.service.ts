import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import {
  CreateRecordsRequestDto,
  RecordsRequestView,
  UpdateRecordsRequestDto,
} from './records.dto';
import { RecordsRequest, RecordsScope } from './records.entity';
import { lockProcessRecords, RecordsScopeService } from './records-scope.service';

export function recordsRequestView(r: RecordsRequest): RecordsRequestView {
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
  };
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
          scope,
          processId: resolved.processId,
          candidateId: resolved.candidateId,
        },
      });
      return recordsRequestView(
        await m.getRepository(RecordsRequest).findOneByOrFail({ id: request.id }),
      );
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
      await m.update(
        RecordsRequest,
        { id },
        {
          status: dto.status,
          statusNote: dto.note ?? null,
          statusChangedAt: new Date(),
          statusChangedBy: caller.id,
        },
      );
      await this.audit.append(m, {
        action,
        subjectType: 'records_request',
        subjectId: id,
        details: {
          from: request.status,
          to: dto.status,
          note: dto.note ?? null,
          processId: request.processId,
          candidateId: request.candidateId,
        },
      });
      return recordsRequestView(await m.getRepository(RecordsRequest).findOneByOrFail({ id }));
    });
  }

  async list(): Promise<RecordsRequestView[]> {
    const rows = await this.dataSource
      .getRepository(RecordsRequest)
      .find({ order: { createdAt: 'DESC' } });
    return rows.map(recordsRequestView);
  }
}
