import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { FindingTextHooks } from '../findings/finding-text.hooks';
import { Finding } from '../findings/finding.entity';
import { FindingsService } from '../findings/findings.service';
import { auditRawRead } from '../findings/raw-read.audit';
import { ProtectedClassDetector } from './detector/detector';
import { findingTexts } from './finding-texts';
import { SCREENED_FIELDS, Screening, ScreeningFlag, ScreeningOutbox } from './screening.entity';
import { ScreeningView } from './screening.dto';
import { PROTECTED_CLASSES } from './detector/protected-class';

export type CurrentScreening = Omit<ScreeningView, 'protectedClasses'> & {
  screeningId: string | null;
};

@Injectable()
export class ScreeningService implements OnModuleInit {
  private readonly logger = new Logger(ScreeningService.name);
  readonly detector = new ProtectedClassDetector();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly findings: FindingsService,
    private readonly hooks: FindingTextHooks,
  ) {}

  onModuleInit(): void {
    this.hooks.register(async (m, findingId, textVersion) => {
      await this.enqueue(m, findingId, textVersion);
    });
  }

  /** Writes a scan request in the caller's transaction (the outbox); the relay queues it. */
  async enqueue(
    m: EntityManager,
    findingId: string,
    textVersion: number,
    rulesVersion: string | null = null,
  ): Promise<boolean> {
    const res = await m
      .createQueryBuilder()
      .insert()
      .into(ScreeningOutbox)
      .values({ findingId, textVersion, rulesVersion })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (res.raw as unknown[]).length > 0;
  }

  /**
   * Runs the detector over every panel-visible text of one text version. Idempotent: the unique
   * (finding, text version) result absorbs a second run, and a stale version is skipped.
   */
  async scan(findingId: string, textVersion: number): Promise<'DONE' | 'STALE' | 'ALREADY_DONE'> {
    return this.dataSource.transaction(async (m) => {
      const finding = await m
        .getRepository(Finding)
        .findOne({ where: { id: findingId }, lock: { mode: 'pessimistic_read' } });
      if (!finding || finding.textVersion !== textVersion) return 'STALE';
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(Screening)
        .values({ findingId, textVersion, rulesVersion: this.detector.rulesVersion })
        .orIgnore()
        .returning(['id'])
        .execute();
      const screeningId = (inserted.raw as { id: string }[])[0]?.id;
      if (!screeningId) return 'ALREADY_DONE';
      const texts = await findingTexts(m, finding);
      const flags = SCREENED_FIELDS.flatMap((field) =>
        this.detector.scan(texts[field] ?? '').map((hit) => ({
          screeningId,
          findingId,
          field,
          protectedClass: hit.class,
          start: hit.start,
          end: hit.end,
          text: hit.text,
          ruleId: hit.ruleId,
          rulesVersion: hit.rulesVersion,
        })),
      );
      if (flags.length) await m.insert(ScreeningFlag, flags);
      await this.audit.append(m, {
        action: 'screening.complete',
        subjectType: 'finding',
        subjectId: findingId,
        actorId: null,
        actorRoles: [],
        details: { textVersion, rulesVersion: this.detector.rulesVersion, flags: flags.length },
      });
      this.logger.debug(`Screened finding ${findingId} v${textVersion}: ${flags.length} flags`);
      return 'DONE';
    });
  }

  /** The screening of the finding's current text, for designated searchers of the process. */
  async view(caller: Caller, findingId: string): Promise<ScreeningView> {
    const action = 'screening.read';
    return this.dataSource.transaction(async (m) => {
      const finding = await this.findings.findingForSearcher(m, caller, findingId, action);
      const current = await this.current(m, finding);
      const view: ScreeningView = {
        status: current.status,
        textVersion: current.textVersion,
        rulesVersion: current.rulesVersion,
        flags: current.flags,
        protectedClasses: [...PROTECTED_CLASSES],
      };
      // Flags quote the protected text itself: reading them is a raw read.
      await this.audit.append(m, {
        action,
        subjectType: 'finding',
        subjectId: findingId,
        details: { textVersion: finding.textVersion, status: view.status },
      });
      await auditRawRead(m, this.audit, [finding], action);
      return view;
    });
  }

  /** The current screening of a finding, by id (for trusted callers such as the demo seed). */
  async currentById(findingId: string): Promise<Omit<CurrentScreening, 'screeningId'>> {
    const finding = await this.dataSource.getRepository(Finding).findOneByOrFail({ id: findingId });
    const current = await this.current(this.dataSource.manager, finding);
    return {
      status: current.status,
      textVersion: current.textVersion,
      rulesVersion: current.rulesVersion,
      flags: current.flags,
    };
  }

  async current(m: EntityManager, finding: Finding): Promise<CurrentScreening> {
    // A text version is screened once per rules version; the latest screening is the current one.
    const screening = await m.getRepository(Screening).findOne({
      where: { findingId: finding.id, textVersion: finding.textVersion },
      order: { completedAt: 'DESC', id: 'DESC' },
    });
    if (!screening)
      return {
        status: 'PENDING',
        textVersion: finding.textVersion,
        rulesVersion: null,
        flags: [],
        screeningId: null,
      };
    const flags = await m
      .getRepository(ScreeningFlag)
      .find({ where: { screeningId: screening.id }, order: { field: 'ASC', start: 'ASC' } });
    return {
      status: 'DONE',
      textVersion: finding.textVersion,
      rulesVersion: screening.rulesVersion,
      screeningId: screening.id,
      flags: flags.map((f) => ({
        id: f.id,
        field: f.field,
        class: f.protectedClass,
        start: f.start,
        end: f.end,
        text: f.text,
        ruleId: f.ruleId,
        rulesVersion: f.rulesVersion,
      })),
    };
  }
}
