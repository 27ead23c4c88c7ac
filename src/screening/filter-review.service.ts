import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { refuse } from '../common/refusal.exception';
import { Finding } from '../findings/finding.entity';
import { FindingsService } from '../findings/findings.service';
import { auditRawRead } from '../findings/raw-read.audit';
import { findingTexts, FindingTexts } from './finding-texts';
import { checkExtraRedactions } from './filter-review.checks';
import { redact, Span } from './redaction';
import {
  DetectorMiss,
  FilterDecision,
  FilterReview,
  SCREENED_FIELDS,
  ScreenedField,
  ScreeningFlag,
} from './screening.entity';
import { FilteredTextView, FilterReviewDto, FilterReviewView } from './screening.dto';
import { ScreeningService } from './screening.service';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface FilterState {
  /** Why the finding's text cannot go to the panel yet; empty when it can. */
  blockers: string[];
  filtered: FilteredTextView | null;
}

@Injectable()
export class FilterReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly findings: FindingsService,
    private readonly screening: ScreeningService,
  ) {}

  /**
   * A designated searcher of the process decides every flag (REDACT, or KEEP with a
   * justification) and may redact spans the detector missed. Answers with a preview.
   */
  async review(caller: Caller, findingId: string, dto: FilterReviewDto): Promise<FilterReviewView> {
    const action = 'filter.review';
    return this.dataSource.transaction(async (m) => {
      const found = await this.findings.findingForSearcher(m, caller, findingId, action);
      const subject = { action, subjectType: 'finding', subjectId: findingId };
      const process = await this.access.lockOpenProcess(m, found.processId, action);
      const finding = await m
        .getRepository(Finding)
        .findOneOrFail({ where: { id: findingId }, lock: { mode: 'pessimistic_write' } });
      const self = finding.authorId === caller.id;
      if (self && process.requireIndependentFilterReview) {
        throw refuse.conflict(
          'Independent filter review required: the filter review of a finding must be done by a designated searcher of the process other than the one who logged it',
          { ...subject, details: { rule: 'independent-filter-review' } },
        );
      }
      await this.access.recordSearcherWork(
        m,
        finding.processId,
        caller.id,
        'FILTER_REVIEWER',
        action,
      );
      const current = await this.screening.current(m, finding);
      if (current.status !== 'DONE' || !current.screeningId) {
        throw refuse.conflict(
          'The protected-class screening of this text is not done yet; review it once GET …/screening says DONE',
          subject,
        );
      }
      const flagIds = new Set(current.flags.map((f) => f.id));
      const decided = dto.decisions.map((d) => d.flagId);
      const unknown = decided.filter((id) => !flagIds.has(id));
      const twice = decided.filter((id, i) => decided.indexOf(id) !== i);
      const missing = [...flagIds].filter((id) => !decided.includes(id));
      const problems = [
        unknown.length
          ? `unknown flags (not from the current screening): ${unknown.join(', ')}`
          : '',
        twice.length ? `flags decided more than once: ${[...new Set(twice)].join(', ')}` : '',
        missing.length ? `every flag must be decided; undecided: ${missing.join(', ')}` : '',
      ].filter(Boolean);
      if (problems.length)
        throw refuse.unprocessable(`Filter review refused: ${problems.join('; ')}`, subject);

      const texts = await findingTexts(m, finding);
      const extra = dto.extraRedactions ?? [];
      const missed = checkExtraRedactions(texts, extra, current.flags, subject);
      const review = m.create(FilterReview, {
        findingId,
        screeningId: current.screeningId,
        textVersion: finding.textVersion,
        reviewerId: caller.id,
        selfReviewed: self,
        extraRedactions: extra.map((r) => ({ field: r.field, start: r.start, end: r.end })),
        readAllFieldsConfirmedAt: new Date(),
      });
      await m.insert(FilterReview, review);
      if (dto.decisions.length) {
        await m.insert(
          FilterDecision,
          dto.decisions.map((d) => ({
            reviewId: review.id,
            flagId: d.flagId,
            action: d.action,
            justification: d.action === 'KEEP' ? (d.justification ?? null) : null,
          })),
        );
      }
      if (missed.length) {
        await m.insert(
          DetectorMiss,
          missed.map((x) => ({
            reviewId: review.id,
            findingId,
            textVersion: finding.textVersion,
            field: x.field,
            start: x.start,
            end: x.end,
            protectedClass: x.protectedClass,
            rulesVersion: current.rulesVersion!,
            fieldSha256: sha256(texts[x.field]!),
          })),
        );
      }
      const kept = dto.decisions.filter((d) => d.action === 'KEEP').length;
      await this.audit.append(m, {
        ...subject,
        details: {
          reviewId: review.id,
          textVersion: finding.textVersion,
          redacted: dto.decisions.length - kept,
          kept,
          extraRedactions: extra.length,
          // Classes only, never the text: what the detector missed, for the rules.
          missed: missed.map((x) => ({ field: x.field, class: x.protectedClass })),
          selfReviewed: self,
          ...(self ? { independenceRelaxedReason: process.filterReviewRelaxedReason } : {}),
        },
      });
      const state = await this.filterState(m, finding);
      await auditRawRead(m, this.audit, [finding], action);
      return {
        id: review.id,
        textVersion: finding.textVersion,
        readAllFieldsConfirmedAt: review.readAllFieldsConfirmedAt!,
        redacted: dto.decisions.length - kept,
        kept,
        extraRedactions: extra.length,
        missesRecorded: missed.length,
        selfReviewed: self,
        preview: state.filtered!,
      };
    });
  }

  /**
   * The finding's text as a decision maker may see it: every REDACT decision and extra span of
   * the latest review of the current text replaced by the neutral marker. Blocked until the
   * current text is screened and every flag decided.
   */
  async filterState(m: EntityManager, finding: Finding): Promise<FilterState> {
    const current = await this.screening.current(m, finding);
    if (current.status !== 'DONE') return { blockers: ['screening not done'], filtered: null };
    // The review of the current screening: a rescan under new rules starts the review over.
    const review = await m.getRepository(FilterReview).findOne({
      where: { findingId: finding.id, screeningId: current.screeningId! },
      order: { createdAt: 'DESC' },
    });
    if (!review) {
      return current.flags.length
        ? {
            blockers: [`${current.flags.length} protected-class flag(s) not reviewed`],
            filtered: null,
          }
        : { blockers: [], filtered: await this.apply(m, finding, [], []) };
    }
    const decisions = await m
      .getRepository(FilterDecision)
      .find({ where: { reviewId: review.id } });
    const undecided = current.flags.filter((f) => !decisions.some((d) => d.flagId === f.id));
    if (undecided.length)
      return {
        blockers: [`${undecided.length} protected-class flag(s) not decided`],
        filtered: null,
      };
    const redactIds = decisions.filter((d) => d.action === 'REDACT').map((d) => d.flagId);
    const flags = redactIds.length
      ? await m.getRepository(ScreeningFlag).find({ where: { id: In(redactIds) } })
      : [];
    return { blockers: [], filtered: await this.apply(m, finding, flags, review.extraRedactions) };
  }

  private async apply(
    m: EntityManager,
    finding: Finding,
    flags: ScreeningFlag[],
    extra: { field: ScreenedField; start: number; end: number }[],
  ): Promise<FilteredTextView> {
    const texts: FindingTexts = await findingTexts(m, finding);
    const spans = (field: ScreenedField): Span[] => [
      ...flags.filter((f) => f.field === field),
      ...extra.filter((r) => r.field === field),
    ];
    const out = Object.fromEntries(
      SCREENED_FIELDS.map((field) => [
        field,
        texts[field] === null ? null : redact(texts[field], spans(field)),
      ]),
    ) as FindingTexts;
    return {
      summary: out.summary ?? '',
      excerpt: out.excerpt,
      mitigation: out.mitigation,
      candidateResponse: out.candidateResponse,
    };
  }
}
