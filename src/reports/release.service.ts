import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { canonicalJson } from '../audit/hash-chain';
import { Caller } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { refuse } from '../common/refusal.exception';
import { pausePoint } from '../common/test-pause';
import { AppConfig } from '../config/app-config';
import { notPublicCapture } from '../findings/capture-backing';
import { Finding, Validation } from '../findings/finding.entity';
import { countingIdentityTypes } from '../policy/finding-categories';
import { Candidate } from '../processes/candidate.entity';
import { HiringProcess } from '../processes/process.entity';
import { FilterReviewService } from '../screening/filter-review.service';
import { latestResponse } from '../screening/finding-texts';
import { Vetting } from '../vettings/vetting.entity';
import { PanelFindingDto, panelReportContent, ReportContent } from './panel-report.dto';
import { ReleaseStatusView } from './release.dto';
import { ReportRelease, ReportVersion } from './report.entity';

interface GateCheck {
  unmet: string[];
  reported: {
    finding: Finding;
    filtered: NonNullable<Awaited<ReturnType<FilterReviewService['filterState']>>['filtered']>;
  }[];
  withheld: Finding[];
}

@Injectable()
export class ReleaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly filters: FilterReviewService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Requests a release (202): every gate must hold, else 409 listing each unmet gate. A vetting
   * that already has a pending release gets that release back (same id): one pending release
   * per vetting, serialized by the vetting row lock and backed by a partial unique index.
   */
  async request(caller: Caller, vettingId: string): Promise<ReportRelease> {
    const action = 'report.release.request';
    return this.dataSource.transaction(async (m) => {
      // A current or past panel member gets a plain 404 before any gate is computed.
      const found = await this.access.vettingOutsidePanel(m, caller, vettingId, action);
      if (!caller.roles.includes(Role.ADMIN)) {
        await this.access.requireProcessSearcher(
          m,
          caller,
          found.processId,
          { type: 'vetting', id: vettingId },
          action,
        );
      }
      await this.access.lockOpenProcess(m, found.processId, action);
      const vetting = await m
        .getRepository(Vetting)
        .findOneOrFail({ where: { id: vettingId }, lock: { mode: 'pessimistic_write' } });
      const pending = await this.pendingRelease(m, vettingId);
      if (pending) return pending;
      const gates = await this.checkGates(m, vetting);
      if (gates.unmet.length) {
        throw refuse.conflict(`The report cannot be released: ${gates.unmet.join('; ')}`, {
          action,
          subjectType: 'vetting',
          subjectId: vettingId,
          details: { unmet: gates.unmet },
        });
      }
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(ReportRelease)
        .values({ vettingId, requestedBy: caller.id })
        .orIgnore()
        .returning('id')
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      // Only a writer that bypassed the vetting lock could win the race; the index absorbs it.
      if (!id) return (await this.pendingRelease(m, vettingId))!;
      await this.audit.append(m, {
        action,
        subjectType: 'vetting',
        subjectId: vettingId,
        details: { releaseId: id },
      });
      return m.getRepository(ReportRelease).findOneByOrFail({ id });
    });
  }

  private pendingRelease(m: EntityManager, vettingId: string): Promise<ReportRelease | null> {
    return m.getRepository(ReportRelease).findOneBy({ vettingId, status: 'PENDING' });
  }

  /**
   * The compilation job ran out of attempts: the release becomes FAILED with the reason, audited
   * in the same transaction, so it no longer blocks a new release of the vetting.
   */
  async markFailed(releaseId: string, attempts: number, cause: unknown): Promise<ReportRelease> {
    const last = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0];
    const reason = `The report could not be compiled after ${attempts} attempt${attempts === 1 ? '' : 's'}; last error: ${last.slice(0, 300)}`;
    return this.dataSource.transaction(async (m) => {
      const release = await m
        .getRepository(ReportRelease)
        .findOne({ where: { id: releaseId }, lock: { mode: 'pessimistic_write' } });
      if (!release || release.status !== 'PENDING') return release!;
      await m.update(ReportRelease, { id: releaseId }, { status: 'FAILED', error: reason });
      await this.audit.append(m, {
        action: 'report.release_failed',
        subjectType: 'vetting',
        subjectId: release.vettingId,
        outcome: 'FAILED',
        actorId: release.requestedBy,
        details: { releaseId, attempts, reason },
      });
      return m.getRepository(ReportRelease).findOneByOrFail({ id: releaseId });
    });
  }

  /** Every release gate, each unmet one named. Also sorts findings into reported and withheld. */
  async checkGates(m: EntityManager, vetting: Vetting): Promise<GateCheck> {
    const unmet: string[] = [];
    if (!vetting.submittedAt) unmet.push('the vetting has not been submitted');
    const findings = await m
      .getRepository(Finding)
      .find({ where: { vettingId: vetting.id }, order: { createdAt: 'ASC' } });
    const validations = findings.length
      ? await m.getRepository(Validation).find({
          where: { findingId: In(findings.map((f) => f.id)), voidedAt: IsNull() },
          order: { createdAt: 'ASC' },
        })
      : [];
    const latest = (id: string) => validations.filter((v) => v.findingId === id).at(-1);
    const unvalidated = findings.filter((f) => !latest(f.id));
    if (unvalidated.length)
      unmet.push(`findings not validated: ${unvalidated.map((f) => f.id).join(', ')}`);
    const contradicted: string[] = [];
    for (const f of findings) if (await notPublicCapture(m, f)) contradicted.push(f.id);
    if (contradicted.length)
      unmet.push(
        `findings on a public method whose server capture found a login wall: ${contradicted.join(', ')}`,
      );

    const reported: GateCheck['reported'] = [];
    const withheld: Finding[] = [];
    const unscreened: string[] = [];
    const undecided: string[] = [];
    for (const finding of findings) {
      const state = await this.filters.filterState(m, finding);
      if (state.blockers.includes('screening not done')) unscreened.push(finding.id);
      const verified = latest(finding.id)?.status === 'VERIFIED';
      if (!verified) {
        withheld.push(finding);
        continue;
      }
      if (state.filtered) reported.push({ finding, filtered: state.filtered });
      else if (!state.blockers.includes('screening not done')) undecided.push(finding.id);
    }
    if (unscreened.length)
      unmet.push(`protected-class screening not done for findings: ${unscreened.join(', ')}`);
    if (undecided.length)
      unmet.push(
        `protected-class flags not all decided for reported findings: ${undecided.join(', ')}`,
      );
    return { unmet, reported, withheld };
  }

  /**
   * Compiles an immutable report version (the BullMQ job), in one transaction. Idempotent: a
   * release already done is left alone, and the release row lock plus a unique release_id keep
   * it to one version even if two attempts overlap (a worker thought dead that was not). The gates are checked again, since things may have changed since the request.
   */
  async compile(releaseId: string): Promise<ReportRelease> {
    return this.dataSource.transaction(async (m) => {
      const release = await m
        .getRepository(ReportRelease)
        .findOne({ where: { id: releaseId }, lock: { mode: 'pessimistic_write' } });
      if (!release || release.status !== 'PENDING') return release!;
      const found = await m.getRepository(Vetting).findOneByOrFail({ id: release.vettingId });
      // Same lock order as all work: process (shared), vetting, then the findings read below,
      // so no text change or closing can slip in between the gates and the compiled text.
      const process = await m
        .getRepository(HiringProcess)
        .findOneOrFail({ where: { id: found.processId }, lock: { mode: 'pessimistic_read' } });
      const vetting = await m
        .getRepository(Vetting)
        .findOne({ where: { id: release.vettingId }, lock: { mode: 'pessimistic_write' } });
      await m.query(`SELECT id FROM findings WHERE vetting_id = $1 FOR SHARE`, [release.vettingId]);
      const gates = await this.checkGates(m, vetting!);
      if (process.status === 'CLOSED') gates.unmet.push('the hiring process was closed');
      if (gates.unmet.length) {
        await m.update(
          ReportRelease,
          { id: releaseId },
          { status: 'FAILED', error: `Gates no longer hold: ${gates.unmet.join('; ')}` },
        );
        await this.audit.append(m, {
          action: 'report.release',
          subjectType: 'vetting',
          subjectId: release.vettingId,
          outcome: 'FAILED',
          actorId: release.requestedBy,
          details: { releaseId, unmet: gates.unmet },
        });
        return m.getRepository(ReportRelease).findOneByOrFail({ id: releaseId });
      }
      const candidate = await m
        .getRepository(Candidate)
        .findOneByOrFail({ id: vetting!.candidateId });
      const [{ next }] = await m.query<{ next: number }[]>(
        `SELECT coalesce(max(version), 0) + 1 AS next FROM report_versions WHERE vetting_id = $1`,
        [vetting!.id],
      );
      const releasedAt = new Date();
      const content: ReportContent = panelReportContent({
        reportVersion: next,
        releasedAt: releasedAt.toISOString(),
        candidate: { name: candidate.fullName },
        process: { title: process.title },
        checklist: await this.checklistSummary(m, vetting!),
        findings: await this.panelFindings(m, gates.reported),
      });
      const sha256 = createHash('sha256').update(canonicalJson(content)).digest('hex');
      const version = m.create(ReportVersion, {
        vettingId: vetting!.id,
        processId: vetting!.processId,
        candidateId: candidate.id,
        version: next,
        releaseId,
        content,
        sha256,
        reportedFindingIds: gates.reported.map((r) => r.finding.id),
        withheldFindingIds: gates.withheld.map((f) => f.id),
        releasedBy: release.requestedBy,
        releasedAt,
      });
      await m.insert(ReportVersion, version);
      // A worker killed here (tests: TEST_PAUSE_AT) takes the uncommitted version with it; the
      // retry compiles it again, and report_versions.release_id UNIQUE keeps it to one.
      await pausePoint(this.config, 'report.compile');
      await m.update(
        ReportRelease,
        { id: releaseId },
        { status: 'DONE', reportVersionId: version.id },
      );
      await m.update(Vetting, { id: vetting!.id }, { status: 'RELEASED', releasedAt });
      await this.audit.append(m, {
        action: 'report.release',
        subjectType: 'report',
        subjectId: version.id,
        actorId: release.requestedBy,
        details: {
          vettingId: vetting!.id,
          releaseId,
          version: next,
          sha256,
          reported: gates.reported.length,
          withheld: gates.withheld.length,
        },
      });
      return m.getRepository(ReportRelease).findOneByOrFail({ id: releaseId });
    });
  }

  /** The platform as the checklist names it: uniform, set by the administrator, not free text about the candidate. */
  private async checklistPlatform(m: EntityManager, finding: Finding): Promise<string> {
    const [row] = await m.query<{ platform: string }[]>(
      `SELECT ci.platform FROM checklist_items ci JOIN vettings v ON v.checklist_version_id = ci.version_id
        WHERE v.id = $1 AND ci.key = $2`,
      [finding.vettingId, finding.itemKey],
    );
    return row?.platform ?? 'Internet';
  }

  private async checklistSummary(
    m: EntityManager,
    vetting: Vetting,
  ): Promise<{ items: number; searched: number }> {
    const [row] = await m.query<{ items: number; searched: number }[]>(
      `SELECT (SELECT count(*)::int FROM checklist_items WHERE version_id = $2) AS items,
              (SELECT count(*)::int FROM item_results WHERE vetting_id = $1 AND outcome IN ('FINDINGS','NO_FINDINGS')) AS searched`,
      [vetting.id, vetting.checklistVersionId],
    );
    return row;
  }

  /** The reported findings as the panel sees them, in order (one query at a time: a transaction). */
  private async panelFindings(
    m: EntityManager,
    reported: GateCheck['reported'],
  ): Promise<PanelFindingDto[]> {
    const out: PanelFindingDto[] = [];
    for (const { finding, filtered } of reported)
      out.push(await this.panelFinding(m, finding, filtered));
    return out;
  }

  private async panelFinding(
    m: EntityManager,
    finding: Finding,
    filtered: GateCheck['reported'][number]['filtered'],
  ): Promise<PanelFindingDto> {
    const response = await latestResponse(m, finding.id);
    return {
      category: finding.category,
      summary: filtered.summary,
      excerpt: filtered.excerpt,
      platform: await this.checklistPlatform(m, finding),
      capturedOn: finding.capturedAt.toISOString().slice(0, 10),
      validation: {
        status: 'VERIFIED',
        identityMatches: countingIdentityTypes(finding.identityMatches.map((i) => i.type)).length,
      },
      mitigation: filtered.mitigation,
      candidateResponse:
        response && filtered.candidateResponse !== null
          ? {
              receivedOn: response.receivedAt.toISOString().slice(0, 10),
              text: filtered.candidateResponse,
            }
          : null,
    };
  }

  async status(caller: Caller, releaseId: string): Promise<ReleaseStatusView> {
    const m = this.dataSource.manager;
    const action = 'report.release.read';
    const release = await m.getRepository(ReportRelease).findOneBy({ id: releaseId });
    if (!release) throw this.access.notFound('release', releaseId, action);
    const vetting = await this.access.vettingOutsidePanel(m, caller, release.vettingId, action, {
      type: 'release',
      id: releaseId,
    });
    const allowed =
      caller.roles.includes(Role.ADMIN) ||
      (caller.roles.includes(Role.SEARCHER) &&
        (await this.access.isProcessSearcher(m, vetting.processId, caller.id)));
    if (!allowed) throw this.access.notFound('release', releaseId, action);
    const version = release.reportVersionId
      ? await m.getRepository(ReportVersion).findOneBy({ id: release.reportVersionId })
      : null;
    return {
      id: release.id,
      vettingId: release.vettingId,
      status: release.status,
      failureReason: release.status === 'FAILED' ? release.error : null,
      error: release.error,
      reportVersionId: release.reportVersionId,
      version: version?.version ?? null,
      sha256: version?.sha256 ?? null,
    };
  }
}
