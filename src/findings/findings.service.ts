import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { refuse } from '../common/refusal.exception';
import { VettingsService } from '../vettings/vettings.service';
import { Vetting } from '../vettings/vetting.entity';
import { Finding } from './finding.entity';
import { CreateFindingDto, RawFindingView } from './findings.dto';
import { FindingTextHooks } from './finding-text.hooks';
import { rawFindingViews } from './finding-views';

@Injectable()
export class FindingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly vettings: VettingsService,
    private readonly textHooks: FindingTextHooks,
  ) {}

  async create(caller: Caller, vettingId: string, dto: CreateFindingDto): Promise<RawFindingView> {
    const action = 'finding.create';
    const capturedAt = new Date(dto.capturedAt);
    if (capturedAt.getTime() > Date.now() + 60_000)
      throw new BadRequestException('capturedAt cannot be in the future');
    if (dto.contentDate && dto.contentDate > new Date().toISOString().slice(0, 10)) {
      throw new BadRequestException('contentDate cannot be in the future');
    }
    return this.dataSource.transaction(async (m) => {
      const work = await this.vettings.beginSearcherWork(m, caller, vettingId, action);
      this.vettings.assertLawfulMethod(dto.method, action, { type: 'vetting', id: vettingId });
      await this.vettings.checklistItem(m, work.vetting, dto.itemKey, action);
      this.assertInSearchWindow(
        dto.contentDate ?? dto.capturedAt,
        work.process.searchWindowYears,
        vettingId,
      );
      await this.vettings.markStarted(m, work);
      const finding = m.create(Finding, {
        vettingId,
        processId: work.vetting.processId,
        itemKey: dto.itemKey,
        authorId: caller.id,
        sourceUrl: dto.sourceUrl,
        platform: dto.platform,
        capturedAt,
        contentDate: dto.contentDate ?? null,
        method: dto.method,
        category: dto.category,
        categoryJustification: dto.categoryJustification ?? null,
        excerpt: dto.excerpt,
        summary: dto.summary,
        mitigation: dto.mitigation ?? null,
        identityMatches: dto.identityMatches.map((i) => ({ type: i.type, detail: i.detail })),
      });
      await m.insert(Finding, finding);
      await this.audit.append(m, {
        action,
        subjectType: 'finding',
        subjectId: finding.id,
        details: { vettingId, itemKey: dto.itemKey, category: dto.category, method: dto.method },
      });
      await this.textHooks.textChanged(m, finding.id, 1);
      return this.rawView(m, await m.getRepository(Finding).findOneByOrFail({ id: finding.id }));
    });
  }

  /** Content older than the process's search window is not considered (refused with 422). */
  private assertInSearchWindow(date: string, years: number, vettingId: string): void {
    const cutoff = new Date();
    cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
    if (new Date(date) < cutoff) {
      throw refuse.unprocessable(
        `Content dated ${date.slice(0, 10)} is older than this process's search window of ${years} years (cut-off ${cutoff.toISOString().slice(0, 10)})`,
        {
          action: 'finding.create',
          subjectType: 'vetting',
          subjectId: vettingId,
          details: { rule: 'search-window', years },
        },
      );
    }
  }

  /**
   * The finding for a designated searcher of its process (404 for anyone else), locked if asked.
   * Every raw read goes through here and is audited by the caller's route.
   */
  async findingForSearcher(
    m: EntityManager,
    caller: Caller,
    findingId: string,
    action: string,
    lock = false,
  ): Promise<Finding> {
    const finding = await m.getRepository(Finding).findOne({
      where: { id: findingId },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!finding) throw this.access.notFound('finding', findingId, action);
    await this.access.requireProcessSearcher(
      m,
      caller,
      finding.processId,
      { type: 'finding', id: findingId },
      action,
    );
    return finding;
  }

  /** Raw read by a designated searcher of the process; written to the audit log. */
  async readRaw(caller: Caller, findingId: string): Promise<RawFindingView> {
    const action = 'finding.read.raw';
    return this.dataSource.transaction(async (m) => {
      const finding = await this.findingForSearcher(m, caller, findingId, action);
      await this.audit.append(m, {
        action,
        subjectType: 'finding',
        subjectId: findingId,
        details: { vettingId: finding.vettingId },
      });
      return this.rawView(m, finding);
    });
  }

  async rawView(m: EntityManager, finding: Finding): Promise<RawFindingView> {
    return (await rawFindingViews(m, [finding]))[0];
  }

  /** The vetting a finding belongs to, for searcher-only changes (evidence, edits). */
  async vettingOf(
    m: EntityManager,
    findingId: string,
    action: string,
  ): Promise<{ finding: Finding; vetting: Vetting }> {
    const finding = await m.getRepository(Finding).findOneBy({ id: findingId });
    if (!finding) throw this.access.notFound('finding', findingId, action);
    const vetting = await m.getRepository(Vetting).findOneByOrFail({ id: finding.vettingId });
    return { finding, vetting };
  }
}
