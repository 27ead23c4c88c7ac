import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { refuse } from '../common/refusal.exception';
import { Candidate } from '../processes/candidate.entity';
import { HiringProcess } from '../processes/process.entity';
import { RecordsScope } from './records.entity';

/** A scope resolved against the database: always a process, and one candidate of it or all. */
export interface ResolvedScope {
  processId: string;
  candidateId: string | null;
}

/**
 * Serializes hold changes against the purge, per process: a hold or request committed before
 * the purge takes this lock is always seen by it, and nothing is removed from under a hold
 * placed while the purge runs.
 */
export async function lockProcessRecords(m: EntityManager, processId: string): Promise<void> {
  await m.query(`SELECT pg_advisory_xact_lock(hashtextextended('records-hold:' || $1, 0))`, [
    processId,
  ]);
}

@Injectable()
export class RecordsScopeService {
  constructor(private readonly access: AccessService) {}

  /**
   * `{processId}` is the whole process; `{candidateId}` is one candidate (and the process it
   * belongs to); both must agree. Unknown ids answer 404.
   */
  async resolve(m: EntityManager, scope: RecordsScope, action: string): Promise<ResolvedScope> {
    if (scope.candidateId) {
      const candidate = await m.getRepository(Candidate).findOneBy({ id: scope.candidateId });
      if (!candidate) throw this.access.notFound('candidate', scope.candidateId, action);
      if (scope.processId && scope.processId !== candidate.processId) {
        throw refuse.unprocessable('scope.candidateId is not a candidate of scope.processId', {
          action,
          subjectType: 'candidate',
          subjectId: scope.candidateId,
          details: { rule: 'scope', processId: scope.processId },
        });
      }
      return { processId: candidate.processId, candidateId: candidate.id };
    }
    if (!scope.processId) throw new Error('scope without ids passed validation');
    const exists = await m.getRepository(HiringProcess).exists({ where: { id: scope.processId } });
    if (!exists) throw this.access.notFound('process', scope.processId, action);
    return { processId: scope.processId, candidateId: null };
  }
}
