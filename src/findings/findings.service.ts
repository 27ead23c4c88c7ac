import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { refuse } from '../common/refusal.exception';
import { VettingsService } from '../vettings/vettings.service';
import { Vetting } from '../vettings/vetting.entity';
import { notPublicCapture } from './capture-backing';
import { Finding, Validation } from './finding.entity';
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
      return this.rawView(
        m,
        await m.getRepository(Finding).findOneByOrFail({ id: finding.id }),
        action,
      );
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
   * Returning its raw content goes through `rawView` (or `auditRawRead`), which audits the read.
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
    const action = 'finding.read';
    return this.dataSource.transaction(async (m) => {
      const finding = await this.findingForSearcher(m, caller, findingId, action);
      return this.rawView(m, finding, action);
    });
  }

  /** The raw view of a finding; writes the raw-read audit event (`via`: the route's action). */
  async rawView(m: EntityManager, finding: Finding, via: string): Promise<RawFindingView> {
    return (await rawFindingViews(m, this.audit, [finding], via))[0];
  }

  /**
   * Policy IV.B.10: a validation vouches for the text and identity matches it saw. A change to
   * either voids the finding's standing validations (kept as evidence, with the reason), so the
   * finding is unvalidated again and no release gate passes it until a new validation. Call it
   * in the changing transaction, before the UPDATE; the findings trigger voids anything a path
   * missed, and records the change for the uniformity report.
   */
  async voidValidations(
    m: EntityManager,
    finding: Finding,
    fields: string[],
    cause: string,
  ): Promise<string[]> {
    const result = await m
      .createQueryBuilder()
      .update(Validation)
      .set({
        voidedAt: () => 'clock_timestamp()',
        voidReason: `finding changed after validation: ${fields.join(', ')}`,
      })
      .where('finding_id = :id AND voided_at IS NULL', { id: finding.id })
      .returning(['id'])
      .execute();
    const ids = (result.raw as { id: string }[]).map((r) => r.id);
    if (ids.length) {
      await this.audit.append(m, {
        action: 'finding.validations.void',
        subjectType: 'finding',
        subjectId: finding.id,
        details: { vettingId: finding.vettingId, validationIds: ids, fields, cause },
      });
    }
    return ids;
  }

  /**
   * Policy IV.B.8, Wis. Stat. 995.55: when the server's own logged-out capture of the finding's
   * page met a login wall (NOT_PUBLIC), the finding may not stand on a public method until a
   * newer capture succeeds or evidence is uploaded after it. Refused with 409 (audited).
   */
  async assertPublicMethodBacked(
    m: EntityManager,
    finding: Finding,
    action: string,
  ): Promise<void> {
    const latest = await notPublicCapture(m, finding);
    if (!latest) return;
    throw refuse.conflict(
      `The server's logged-out capture of this finding's page on ${latest.finishedAt.toISOString()} found it was not public (${latest.reason}), so the finding cannot rest on the public method ${finding.method}: capture the page again or upload evidence that it is public (Wis. Stat. 995.55)`,
      {
        action,
        subjectType: 'finding',
        subjectId: finding.id,
        details: { rule: 'capture-not-public', captureId: latest.id, method: finding.method },
      },
    );
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
