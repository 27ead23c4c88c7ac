import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { refuse } from '../common/refusal.exception';
import { Vetting } from '../vettings/vetting.entity';
import { ChecklistItem, ChecklistVersion } from './checklist.entity';
import { HiringProcess } from './process.entity';
import { processSummaries, ProcessSummaryView } from './process-summaries';
import { ChecklistView, CreateProcessDto, ProcessView, PutChecklistDto } from './processes.dto';

@Injectable()
export class ProcessesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  async create(caller: Caller, dto: CreateProcessDto): Promise<ProcessView> {
    return this.dataSource.transaction(async (m) => {
      const independent = dto.requireIndependentValidation ?? true;
      const independentReview = dto.requireIndependentFilterReview ?? true;
      const p = m.create(HiringProcess, {
        title: dto.title,
        description: dto.description ?? null,
        requireIndependentValidation: independent,
        independenceRelaxedReason: independent ? null : (dto.independenceRelaxedReason ?? null),
        requireIndependentFilterReview: independentReview,
        filterReviewRelaxedReason: independentReview
          ? null
          : (dto.filterReviewRelaxedReason ?? null),
        minIdentityMatches: dto.minIdentityMatches ?? 3,
        searchWindowYears: dto.searchWindowYears ?? 7,
        createdBy: caller.id,
      });
      await m.insert(HiringProcess, p);
      await this.audit.append(m, {
        action: 'process.create',
        subjectType: 'process',
        subjectId: p.id,
        details: {
          title: p.title,
          requireIndependentValidation: independent,
          independenceRelaxedReason: p.independenceRelaxedReason,
          requireIndependentFilterReview: independentReview,
          filterReviewRelaxedReason: p.filterReviewRelaxedReason,
          minIdentityMatches: p.minIdentityMatches,
          searchWindowYears: p.searchWindowYears,
        },
      });
      return this.view(m, await m.getRepository(HiringProcess).findOneByOrFail({ id: p.id }));
    });
  }

  /** Processes the caller takes part in; ADMIN and AUDITOR see all. */
  async list(caller: Caller): Promise<ProcessView[]> {
    const m = this.dataSource.manager;
    const all = caller.roles.includes(Role.ADMIN) || caller.roles.includes(Role.AUDITOR);
    const processes = all
      ? await m.getRepository(HiringProcess).find({ order: { createdAt: 'DESC' } })
      : await m
          .getRepository(HiringProcess)
          .createQueryBuilder('p')
          .where(
            `p.id IN (SELECT process_id FROM panel_members WHERE user_id = :uid AND removed_at IS NULL
                      UNION SELECT process_id FROM process_searchers WHERE user_id = :uid)`,
            { uid: caller.id },
          )
          .orderBy('p.created_at', 'DESC')
          .getMany();
    // One after another: the views may share a transaction's connection.
    const views = [];
    for (const p of processes) views.push(await this.view(m, p));
    return views;
  }

  /** For overseers (ADMIN, AUDITOR, RECORDS_CUSTODIAN): every process, counts only. */
  summaries(): Promise<ProcessSummaryView[]> {
    return processSummaries(this.dataSource.manager);
  }

  async get(caller: Caller, id: string): Promise<ProcessView> {
    const m = this.dataSource.manager;
    const p = await m.getRepository(HiringProcess).findOneBy({ id });
    if (!p || !(await this.access.mayViewProcess(m, caller, id)))
      throw this.access.notFound('process', id, 'process.read');
    return this.view(m, p);
  }

  /** Loads a process row locked for update (serializes checklist changes against vetting starts). */
  async lockProcess(m: EntityManager, id: string, action: string): Promise<HiringProcess> {
    const p = await m
      .getRepository(HiringProcess)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!p) throw this.access.notFound('process', id, action);
    return p;
  }

  /**
   * A new checklist version. Refused once any vetting has started: every candidate in a
   * process is searched against the same version (policy IV.B.9).
   */
  async putChecklist(caller: Caller, id: string, dto: PutChecklistDto): Promise<ProcessView> {
    const action = 'checklist.put';
    const keys = dto.items.map((i) => i.key);
    const dupes = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
    if (dupes.length) {
      throw refuse.unprocessable(
        `Checklist item keys must be unique within a version; repeated: ${dupes.join(', ')}`,
        {
          action,
          subjectType: 'process',
          subjectId: id,
        },
      );
    }
    return this.dataSource.transaction(async (m) => {
      const p = await this.lockProcess(m, id, action);
      this.access.assertOpen(p, action);
      const lockedAt = await this.checklistLockedAt(m, id);
      if (lockedAt) {
        throw refuse.conflict(
          `The checklist is locked: vetting started on ${lockedAt.toISOString()}, and every candidate in a process must be searched against the same checklist version (policy IV.B.9)`,
          { action, subjectType: 'process', subjectId: id, details: { rule: 'checklist-locked' } },
        );
      }
      const [{ next }] = await m.query<{ next: number }[]>(
        `SELECT coalesce(max(version), 0) + 1 AS next FROM checklist_versions WHERE process_id = $1`,
        [id],
      );
      const version = m.create(ChecklistVersion, {
        processId: id,
        version: next,
        createdBy: caller.id,
      });
      await m.insert(ChecklistVersion, version);
      await m.insert(
        ChecklistItem,
        dto.items.map((item, position) => ({
          versionId: version.id,
          position,
          key: item.key,
          title: item.title,
          platform: item.platform,
          instructions: item.instructions,
          searchTerms: item.searchTerms ?? [],
        })),
      );
      await m.update(HiringProcess, { id }, { currentChecklistVersionId: version.id });
      // No vetting has started, so every candidate moves to the new version together.
      await m.update(Vetting, { processId: id }, { checklistVersionId: version.id });
      await this.audit.append(m, {
        action,
        subjectType: 'process',
        subjectId: id,
        details: { version: next, versionId: version.id, itemKeys: keys },
      });
      return this.view(m, await m.getRepository(HiringProcess).findOneByOrFail({ id }));
    });
  }

  /** When the first vetting in the process started (from then on the checklist is fixed). */
  async checklistLockedAt(m: EntityManager, processId: string): Promise<Date | null> {
    const [row] = await m.query<{ at: Date | null }[]>(
      `SELECT min(started_at) AS at FROM vettings WHERE process_id = $1`,
      [processId],
    );
    return row.at;
  }

  async checklist(m: EntityManager, versionId: string | null): Promise<ChecklistView | null> {
    if (!versionId) return null;
    const version = await m.getRepository(ChecklistVersion).findOneBy({ id: versionId });
    if (!version) return null;
    const items = await m
      .getRepository(ChecklistItem)
      .find({ where: { versionId }, order: { position: 'ASC' } });
    return {
      id: version.id,
      version: version.version,
      createdAt: version.createdAt,
      items: items.map((i) => ({
        key: i.key,
        title: i.title,
        platform: i.platform,
        instructions: i.instructions,
        searchTerms: i.searchTerms,
      })),
    };
  }

  async checklistVersionNumbers(
    m: EntityManager,
    versionIds: string[],
  ): Promise<Map<string, number>> {
    if (!versionIds.length) return new Map();
    const rows = await m.getRepository(ChecklistVersion).find({ where: { id: In(versionIds) } });
    return new Map(rows.map((r) => [r.id, r.version]));
  }

  /** The view of a process read in the caller's transaction (access already checked). */
  async viewById(m: EntityManager, id: string): Promise<ProcessView> {
    return this.view(m, await m.getRepository(HiringProcess).findOneByOrFail({ id }));
  }

  private async view(m: EntityManager, p: HiringProcess): Promise<ProcessView> {
    return {
      id: p.id,
      title: p.title,
      description: p.description,
      requireIndependentValidation: p.requireIndependentValidation,
      independenceRelaxedReason: p.independenceRelaxedReason,
      requireIndependentFilterReview: p.requireIndependentFilterReview,
      filterReviewRelaxedReason: p.filterReviewRelaxedReason,
      minIdentityMatches: p.minIdentityMatches,
      searchWindowYears: p.searchWindowYears,
      status: p.status,
      closedAt: p.closedAt,
      checklistLockedAt: await this.checklistLockedAt(m, p.id),
      checklist: await this.checklist(m, p.currentChecklistVersionId),
      createdAt: p.createdAt,
    };
  }
}
