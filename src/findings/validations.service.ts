import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Caller } from '../auth/current-user.decorator';
import { refuse } from '../common/refusal.exception';
import { countingIdentityTypes } from '../policy/finding-categories';
import { Finding, Validation } from './finding.entity';
import { CreateValidationDto, ValidationView } from './findings.dto';
import { FindingsService } from './findings.service';
import { validationView } from './finding-views';
import { auditRawRead } from './raw-read.audit';

/** Policy IV.B.10: every finding considered is validated, by a designated searcher. */
@Injectable()
export class ValidationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly findings: FindingsService,
  ) {}

  async validate(
    caller: Caller,
    findingId: string,
    dto: CreateValidationDto,
  ): Promise<ValidationView> {
    const action = 'finding.validate';
    return this.dataSource.transaction(async (m) => {
      const found = await this.findings.findingForSearcher(m, caller, findingId, action);
      const process = await this.access.lockOpenProcess(m, found.processId, action);
      const finding = await m
        .getRepository(Finding)
        .findOneOrFail({ where: { id: findingId }, lock: { mode: 'pessimistic_write' } });
      const subject = { action, subjectType: 'finding', subjectId: findingId };
      if (finding.purgedAt)
        throw refuse.conflict('This finding was purged under the retention schedule', subject);
      const self = finding.authorId === caller.id;
      if (self && process.requireIndependentValidation) {
        throw refuse.conflict(
          'Independent validation required: a finding must be validated by a designated searcher other than the one who logged it',
          { ...subject, details: { rule: 'independent-validation' } },
        );
      }
      if (dto.status === 'VERIFIED') {
        await this.findings.assertPublicMethodBacked(m, finding, action);
        const counting = countingIdentityTypes(finding.identityMatches.map((i) => i.type));
        if (counting.length < process.minIdentityMatches) {
          const recorded = [...new Set(finding.identityMatches.map((i) => i.type))];
          throw refuse.unprocessable(
            `Cannot verify: this process requires at least ${process.minIdentityMatches} distinct identity-match types tying the content to the candidate; ` +
              `the finding has ${counting.length} that count (${recorded.join(', ') || 'none'})` +
              (recorded.length === 1 && recorded[0] === 'NAME'
                ? '; a name alone never counts'
                : ''),
            {
              ...subject,
              details: {
                rule: 'identity-threshold',
                required: process.minIdentityMatches,
                counting: counting.length,
              },
            },
          );
        }
      }
      await this.access.recordSearcherWork(m, finding.processId, caller.id, 'VALIDATOR', action);
      const v = m.create(Validation, {
        findingId,
        validatorId: caller.id,
        status: dto.status,
        method: dto.method,
        notes: dto.notes,
        selfValidated: self,
      });
      await m.insert(Validation, v);
      await this.audit.append(m, {
        ...subject,
        details: { validationId: v.id, status: dto.status, selfValidated: self },
      });
      const saved = await m.getRepository(Validation).findOneByOrFail({ id: v.id });
      // The answer quotes the validation's notes: raw content, so the read is audited.
      await auditRawRead(m, this.audit, [finding], action);
      return validationView(saved);
    });
  }
}
