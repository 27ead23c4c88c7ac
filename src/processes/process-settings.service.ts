import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { refuse } from '../common/refusal.exception';
import { HiringProcess } from './process.entity';
import { ProcessView, UpdateProcessSettingsDto } from './processes.dto';
import { ProcessesService } from './processes.service';

type Settings = Pick<
  HiringProcess,
  | 'searchWindowYears'
  | 'minIdentityMatches'
  | 'requireIndependentValidation'
  | 'independenceRelaxedReason'
  | 'requireIndependentFilterReview'
  | 'filterReviewRelaxedReason'
>;

const KEYS: (keyof Settings)[] = [
  'searchWindowYears',
  'minIdentityMatches',
  'requireIndependentValidation',
  'independenceRelaxedReason',
  'requireIndependentFilterReview',
  'filterReviewRelaxedReason',
];

/** A rule that a process may relax only with a recorded reason: its flag and reason fields. */
const RELAXABLE = [
  ['requireIndependentValidation', 'independenceRelaxedReason'],
  ['requireIndependentFilterReview', 'filterReviewRelaxedReason'],
] as const;

/**
 * Changes a process's settings after creation. The rules are those of creation, and once any
 * vetting in the process has started nothing changes: the search window, the identity matches
 * a finding needs and who may validate decide how a candidate is treated, and every candidate
 * of one process is treated alike (policy IV.B.9), exactly as the checklist locks.
 */
@Injectable()
export class ProcessSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly processes: ProcessesService,
  ) {}

  async update(id: string, dto: UpdateProcessSettingsDto): Promise<ProcessView> {
    const action = 'process.settings';
    const subject = { action, subjectType: 'process', subjectId: id };
    return this.dataSource.transaction(async (m) => {
      // The process row lock orders this against vetting starts (which take the same lock).
      const p = await this.processes.lockProcess(m, id, action);
      this.access.assertOpen(p, action);
      const old: Settings = {
        searchWindowYears: p.searchWindowYears,
        minIdentityMatches: p.minIdentityMatches,
        requireIndependentValidation: p.requireIndependentValidation,
        independenceRelaxedReason: p.independenceRelaxedReason,
        requireIndependentFilterReview: p.requireIndependentFilterReview,
        filterReviewRelaxedReason: p.filterReviewRelaxedReason,
      };
      const next: Settings = {
        ...old,
        searchWindowYears: dto.searchWindowYears ?? old.searchWindowYears,
        minIdentityMatches: dto.minIdentityMatches ?? old.minIdentityMatches,
      };
      for (const [flag, reasonKey] of RELAXABLE) {
        const required = dto[flag] ?? old[flag];
        if (required && dto[reasonKey] !== undefined) {
          throw refuse.unprocessable(
            `${reasonKey} is only recorded when ${flag} is false`,
            subject,
          );
        }
        const reason = required ? null : (dto[reasonKey] ?? old[reasonKey]);
        if (!required && !reason) {
          throw refuse.unprocessable(`${reasonKey} is required when ${flag} is false`, subject);
        }
        next[flag] = required;
        next[reasonKey] = reason;
      }
      const changed = KEYS.filter((k) => next[k] !== old[k]);
      if (!changed.length) return this.processes.viewById(m, id);
      const startedAt = await this.processes.checklistLockedAt(m, id);
      if (startedAt) {
        throw refuse.conflict(
          `The settings are fixed: vetting started on ${startedAt.toISOString()}, and every candidate in a process must be vetted under the same settings (policy IV.B.9)`,
          { ...subject, details: { rule: 'settings-locked', fields: changed } },
        );
      }
      await m.update(HiringProcess, { id }, next);
      await this.audit.append(m, {
        ...subject,
        details: {
          changed,
          old: Object.fromEntries(changed.map((k) => [k, old[k]])),
          new: Object.fromEntries(changed.map((k) => [k, next[k]])),
        },
      });
      return this.processes.viewById(m, id);
    });
  }
}
