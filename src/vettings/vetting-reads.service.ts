import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { findingMetadataViews, rawFindingViews } from '../findings/finding-views';
import { Finding } from '../findings/finding.entity';
import { Candidate } from '../processes/candidate.entity';
import { ChecklistItem, ChecklistVersion } from '../processes/checklist.entity';
import { candidateView } from '../processes/participants.service';
import { ItemResult, Vetting } from './vetting.entity';
import { ItemView, VettingDetailView, VettingSummaryView } from './vetting-views';

@Injectable()
export class VettingReadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  /**
   * Searchers see the vettings assigned to them; ADMIN and AUDITOR see all, except those of a
   * process on whose panel they sit or sat.
   */
  async list(caller: Caller): Promise<VettingSummaryView[]> {
    const m = this.dataSource.manager;
    const all = caller.roles.includes(Role.ADMIN) || caller.roles.includes(Role.AUDITOR);
    // A decision maker sees nothing of the vettings behind their own panel's reports.
    const panelProcesses = await this.access.panelProcessIds(m, caller.id);
    const q = m
      .getRepository(Vetting)
      .createQueryBuilder('v')
      .where(all ? '1=1' : 'v.searcher_id = :uid', { uid: caller.id });
    if (panelProcesses.length)
      q.andWhere('v.process_id NOT IN (:...panelProcesses)', { panelProcesses });
    const vettings = await q.orderBy('v.created_at', 'ASC').getMany();
    return this.summaries(m, vettings);
  }

  /**
   * The assigned searcher, with an active designation, gets raw content (audited). ADMIN and
   * AUDITOR get status and metadata. Anyone else: 404.
   */
  async get(caller: Caller, id: string): Promise<VettingDetailView> {
    const action = 'vetting.read';
    return this.dataSource.transaction(async (m) => {
      // Someone who sits or sat on the process's panel: 404, whatever their roles.
      const vetting = await this.access.vettingOutsidePanel(m, caller, id, action);
      const assigned = vetting.searcherId === caller.id && caller.roles.includes(Role.SEARCHER);
      const overseer = caller.roles.includes(Role.ADMIN) || caller.roles.includes(Role.AUDITOR);
      if (!assigned && !overseer) throw this.access.notFound('vetting', id, action);
      if (assigned) await this.access.requireActiveDesignation(m, caller.id, 'vetting.read.raw');

      const [summary] = await this.summaries(m, [vetting]);
      const candidate = await m
        .getRepository(Candidate)
        .findOneByOrFail({ id: vetting.candidateId });
      const findings = await m
        .getRepository(Finding)
        .find({ where: { vettingId: id }, order: { createdAt: 'ASC' } });
      const detail: VettingDetailView = {
        ...summary,
        view: assigned ? 'RAW' : 'METADATA',
        candidateDetails: candidateView(candidate),
        items: await this.items(m, vetting),
        findings: assigned
          ? await rawFindingViews(m, this.audit, findings, action)
          : await findingMetadataViews(m, findings),
      };
      if (assigned) {
        await this.audit.append(m, {
          action: 'vetting.read.raw',
          subjectType: 'vetting',
          subjectId: id,
          details: { findingIds: findings.map((f) => f.id) },
        });
      }
      return detail;
    });
  }

  private async items(m: EntityManager, vetting: Vetting): Promise<ItemView[]> {
    if (!vetting.checklistVersionId) return [];
    // One after another: both run on the caller's connection (a transaction's).
    const items = await m
      .getRepository(ChecklistItem)
      .find({ where: { versionId: vetting.checklistVersionId }, order: { position: 'ASC' } });
    const results = await m.getRepository(ItemResult).find({ where: { vettingId: vetting.id } });
    return items.map((i) => {
      const r = results.find((x) => x.itemKey === i.key);
      return {
        key: i.key,
        title: i.title,
        platform: i.platform,
        instructions: i.instructions,
        searchTerms: i.searchTerms,
        result: r
          ? {
              outcome: r.outcome,
              searchedAt: r.searchedAt,
              method: r.method,
              searchTerms: r.searchTerms,
              notes: r.notes,
              searcherId: r.searcherId,
            }
          : null,
      };
    });
  }

  async summary(vetting: Vetting): Promise<VettingSummaryView> {
    return (await this.summaries(this.dataSource.manager, [vetting]))[0];
  }

  async summaries(m: EntityManager, vettings: Vetting[]): Promise<VettingSummaryView[]> {
    if (!vettings.length) return [];
    // One after another: both may run on a transaction's connection.
    const candidates = await m
      .getRepository(Candidate)
      .find({ where: { id: In(vettings.map((v) => v.candidateId)) } });
    const versions = await m.getRepository(ChecklistVersion).find({
      where: {
        id: In(vettings.map((v) => v.checklistVersionId).filter((x): x is string => !!x)),
      },
    });
    return vettings.map((v) => {
      const c = candidates.find((x) => x.id === v.candidateId)!;
      return {
        id: v.id,
        processId: v.processId,
        candidate: { id: c.id, fullName: c.fullName },
        status: v.status,
        searcherId: v.searcherId,
        checklistVersion: versions.find((x) => x.id === v.checklistVersionId)?.version ?? null,
        assignedAt: v.assignedAt,
        startedAt: v.startedAt,
        submittedAt: v.submittedAt,
        releasedAt: v.releasedAt,
      };
    });
  }
}
