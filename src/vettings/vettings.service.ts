import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { refuse } from '../common/refusal.exception';
import { isProhibited, PROHIBITED_METHODS, SearchMethod } from '../policy/search-methods';
import { ChecklistItem } from '../processes/checklist.entity';
import { HiringProcess } from '../processes/process.entity';
import { lockUser } from '../users/user-lock';
import { ItemResult, SearchLog, Vetting } from './vetting.entity';
import { ItemResultDto } from './vettings.dto';

/** What a searcher's action on a vetting needs: the vetting (theirs), its process, checks passed. */
export interface SearcherWork {
  vetting: Vetting;
  process: HiringProcess;
}

@Injectable()
export class VettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  async assign(caller: Caller, vettingId: string, searcherId: string): Promise<Vetting> {
    const action = 'vetting.assign';
    return this.dataSource.transaction(async (m) => {
      const found = await this.access.vettingOutsidePanel(m, caller, vettingId, action);
      // Lock order everywhere: the user row and designation (a racing role change waits, or is
      // seen), then the process row, then the vetting row.
      const searcher = await lockUser(m, searcherId, 'decide');
      if (!searcher) throw this.access.notFound('user', searcherId, action);
      if (!searcher.active || !searcher.roles.includes(Role.SEARCHER)) {
        throw refuse.conflict('Only an active user holding the SEARCHER role can be assigned', {
          action,
          subjectType: 'user',
          subjectId: searcherId,
        });
      }
      await this.access.requireActiveDesignation(m, searcherId, action);
      await this.access.lockOpenProcess(m, found.processId, action);
      const vetting = await m
        .getRepository(Vetting)
        .findOneOrFail({ where: { id: vettingId }, lock: { mode: 'pessimistic_write' } });
      if (vetting.submittedAt) {
        throw refuse.conflict('This vetting was already submitted; it cannot be reassigned', {
          action,
          subjectType: 'vetting',
          subjectId: vettingId,
        });
      }
      await this.access.recordSearcherWork(m, vetting.processId, searcherId, 'ASSIGNED', action);
      await m.update(
        Vetting,
        { id: vettingId },
        {
          searcherId,
          assignedAt: new Date(),
          status: vetting.startedAt ? 'IN_PROGRESS' : 'ASSIGNED',
        },
      );
      await this.audit.append(m, {
        action,
        subjectType: 'vetting',
        subjectId: vettingId,
        details: { searcherId, previousSearcherId: vetting.searcherId },
      });
      return m.getRepository(Vetting).findOneByOrFail({ id: vettingId });
    });
  }

  /**
   * Everything a searcher's change to their own vetting must pass, in order: it is theirs (404),
   * their designation is active now (403), the process is open and the vetting not submitted (409),
   * and they are not on the panel (409). Locks the vetting row for the transaction.
   */
  async beginSearcherWork(
    m: EntityManager,
    caller: Caller,
    vettingId: string,
    action: string,
  ): Promise<SearcherWork> {
    const found = await this.access.assignedVetting(m, caller, vettingId, action);
    await this.access.requireActiveDesignation(m, caller.id, action);
    // Lock order everywhere: the process row (shared), then the vetting row.
    const process = await this.access.lockOpenProcess(m, found.processId, action);
    const vetting = await m
      .getRepository(Vetting)
      .findOneOrFail({ where: { id: vettingId }, lock: { mode: 'pessimistic_write' } });
    if (vetting.searcherId !== caller.id) throw this.access.notFound('vetting', vettingId, action);
    if (vetting.submittedAt) {
      throw refuse.conflict(
        `This vetting was submitted on ${vetting.submittedAt.toISOString()}; its search record no longer changes`,
        {
          action,
          subjectType: 'vetting',
          subjectId: vettingId,
        },
      );
    }
    await this.access.recordSearcherWork(m, vetting.processId, caller.id, 'ASSIGNED', action);
    return { vetting, process };
  }

  /** Refuses a prohibited method with its legal basis (policy IV.B.8); the refusal is audited. */
  assertLawfulMethod(
    method: SearchMethod,
    action: string,
    subject: { type: string; id: string },
  ): void {
    if (isProhibited(method)) {
      throw refuse.unprocessable(
        `Prohibited search method ${method}: ${PROHIBITED_METHODS[method]}`,
        {
          action,
          subjectType: subject.type,
          subjectId: subject.id,
          details: { rule: 'lawful-methods', method },
        },
      );
    }
  }

  /** The checklist item, if it is on the vetting's checklist version. */
  async checklistItem(
    m: EntityManager,
    vetting: Vetting,
    itemKey: string,
    action: string,
  ): Promise<ChecklistItem> {
    if (!vetting.checklistVersionId) {
      throw refuse.conflict('This process has no checklist yet', {
        action,
        subjectType: 'vetting',
        subjectId: vetting.id,
      });
    }
    const item = await m
      .getRepository(ChecklistItem)
      .findOneBy({ versionId: vetting.checklistVersionId, key: itemKey });
    if (!item) {
      throw refuse.notFound(`Checklist item "${itemKey}" is not on this vetting's checklist`, {
        action,
        subjectType: 'vetting',
        subjectId: vetting.id,
        details: { itemKey },
      });
    }
    return item;
  }

  /**
   * The first piece of work starts the vetting, which locks the process's checklist (a started
   * vetting is what the checklist change checks for). The shared process-row lock taken in
   * beginSearcherWork orders this against a concurrent checklist change.
   */
  async markStarted(m: EntityManager, work: SearcherWork): Promise<void> {
    if (work.vetting.startedAt) return;
    if (work.process.currentChecklistVersionId !== work.vetting.checklistVersionId) {
      throw refuse.conflict("This vetting is not on the process's current checklist version", {
        action: 'vetting.start',
        subjectType: 'vetting',
        subjectId: work.vetting.id,
      });
    }
    const now = new Date();
    await m.update(Vetting, { id: work.vetting.id }, { startedAt: now, status: 'IN_PROGRESS' });
    work.vetting.startedAt = now;
    work.vetting.status = 'IN_PROGRESS';
  }

  async logItem(
    caller: Caller,
    vettingId: string,
    itemKey: string,
    dto: ItemResultDto,
  ): Promise<ItemResult> {
    const action = 'item.search.log';
    const searchedAt = new Date(dto.searchedAt);
    if (searchedAt.getTime() > Date.now() + 60_000)
      throw new BadRequestException('searchedAt cannot be in the future');
    return this.dataSource.transaction(async (m) => {
      const work = await this.beginSearcherWork(m, caller, vettingId, action);
      this.assertLawfulMethod(dto.method, action, { type: 'vetting', id: vettingId });
      await this.checklistItem(m, work.vetting, itemKey, action);
      await this.markStarted(m, work);
      const values = {
        vettingId,
        itemKey,
        outcome: dto.outcome,
        searchedAt,
        method: dto.method,
        searchTerms: dto.searchTerms,
        notes: dto.notes ?? null,
        searcherId: caller.id,
        recordedAt: new Date(),
      };
      await m
        .createQueryBuilder()
        .insert()
        .into(ItemResult)
        .values(values)
        .orUpdate(
          [
            'outcome',
            'searched_at',
            'method',
            'search_terms',
            'notes',
            'searcher_id',
            'recorded_at',
          ],
          ['vetting_id', 'item_key'],
        )
        .execute();
      await m.insert(SearchLog, {
        vettingId,
        itemKey,
        outcome: dto.outcome,
        searchedAt,
        method: dto.method,
        searchTerms: dto.searchTerms,
        searcherId: caller.id,
      });
      await this.audit.append(m, {
        action,
        subjectType: 'vetting',
        subjectId: vettingId,
        details: {
          itemKey,
          outcome: dto.outcome,
          method: dto.method,
          searchTermCount: dto.searchTerms.length,
        },
      });
      return m.getRepository(ItemResult).findOneByOrFail({ vettingId, itemKey });
    });
  }

  /** Marks the vetting searched; refused while any checklist item is unresolved (policy IV.B.5). */
  async submit(caller: Caller, vettingId: string): Promise<Vetting> {
    const action = 'vetting.submit';
    return this.dataSource.transaction(async (m) => {
      const work = await this.beginSearcherWork(m, caller, vettingId, action);
      if (!work.vetting.checklistVersionId) {
        throw refuse.conflict('This process has no checklist yet', {
          action,
          subjectType: 'vetting',
          subjectId: vettingId,
        });
      }
      const rows = await m.query<{ key: string; outcome: string | null; findings: number }[]>(
        `SELECT ci.key, ir.outcome,
                (SELECT count(*)::int FROM findings f WHERE f.vetting_id = $1 AND f.item_key = ci.key) AS findings
           FROM checklist_items ci
           LEFT JOIN item_results ir ON ir.vetting_id = $1 AND ir.item_key = ci.key
          WHERE ci.version_id = $2
          ORDER BY ci.position`,
        [vettingId, work.vetting.checklistVersionId],
      );
      const unresolved = rows.filter((r) => r.outcome === null).map((r) => r.key);
      const emptyFindings = rows
        .filter((r) => r.outcome === 'FINDINGS' && r.findings === 0)
        .map((r) => r.key);
      const strayFindings = rows
        .filter((r) => r.outcome !== null && r.outcome !== 'FINDINGS' && r.findings > 0)
        .map((r) => r.key);
      const problems: string[] = [];
      if (unresolved.length) problems.push(`unresolved checklist items: ${unresolved.join(', ')}`);
      if (emptyFindings.length)
        problems.push(`items marked FINDINGS with no finding logged: ${emptyFindings.join(', ')}`);
      if (strayFindings.length)
        problems.push(
          `items with findings logged but not marked FINDINGS: ${strayFindings.join(', ')}`,
        );
      if (problems.length) {
        throw refuse.conflict(`The vetting cannot be submitted: ${problems.join('; ')}`, {
          action,
          subjectType: 'vetting',
          subjectId: vettingId,
          details: { unresolved, emptyFindings, strayFindings },
        });
      }
      await m.update(Vetting, { id: vettingId }, { submittedAt: new Date(), status: 'SUBMITTED' });
      await this.audit.append(m, {
        action,
        subjectType: 'vetting',
        subjectId: vettingId,
        details: { items: rows.length },
      });
      return m.getRepository(Vetting).findOneByOrFail({ id: vettingId });
    });
  }
}
