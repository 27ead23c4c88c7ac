import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRow, AUDIT_COLUMNS, fromAuditRow } from './audit-row';
import { AuditSequencer } from './audit-sequencer.service';
import { AuditVerification } from './audit-verification.entity';
import { ChainCheckResult, ChainWalker } from './hash-chain';

const BATCH = 5000;

export interface VerificationReport extends ChainCheckResult {
  /** Set when the log disagrees with an earlier recorded head (truncated or rewritten tail). */
  tampering: string | null;
  /** The earlier recorded run this one was compared with. */
  comparedWith: { ranAt: Date; count: number; headSeq: number; headHash: string } | null;
  /** The id of the recorded run in the history (absent for an unrecorded check). */
  runId?: string;
  /** Committed events still waiting in the intake, not yet chained (so not covered above). */
  pending: number;
  /** When the oldest waiting event happened, or null. */
  oldestPendingAt: Date | null;
}

@Injectable()
export class AuditVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sequencer: AuditSequencer,
  ) {}

  /** Walks the whole chain in seq order, in keyset batches, and compares with the last recorded head. */
  async verify(): Promise<VerificationReport> {
    const previous = await this.dataSource.getRepository(AuditVerification).findOne({
      where: {},
      order: { ranAt: 'DESC' },
    });
    const walker = new ChainWalker();
    let hashAtPreviousHead: string | undefined;
    const batch = (after: number) =>
      this.dataSource.query<AuditRow[]>(
        `SELECT ${AUDIT_COLUMNS}
           FROM audit_events WHERE seq > $1 ORDER BY seq LIMIT ${BATCH}`,
        [after],
      );
    // While one batch is hashed, the next is already being read: the database and the hashing
    // overlap instead of taking turns.
    let next: Promise<AuditRow[]> | undefined = batch(0);
    while (next) {
      const rows: AuditRow[] = await next;
      next = rows.length === BATCH ? batch(Number(rows[rows.length - 1].seq)) : undefined;
      for (const row of rows) {
        const seq = Number(row.seq);
        if (previous && seq === previous.headSeq) hashAtPreviousHead = row.hash;
        if (!walker.push(fromAuditRow(row))) break;
      }
      if (walker.done) {
        await next?.catch(() => undefined);
        break;
      }
    }
    const result = walker.result();
    const waiting = await this.sequencer.pending();
    return {
      ...result,
      ...waiting,
      tampering: compare(result, previous, hashAtPreviousHead),
      comparedWith: previous
        ? {
            ranAt: previous.ranAt,
            count: previous.count,
            headSeq: previous.headSeq,
            headHash: previous.headHash,
          }
        : null,
    };
  }

  /** Verifies and records the result, with the head hash, for later runs to compare against. */
  async verifyAndRecord(trigger: AuditVerification['trigger']): Promise<VerificationReport> {
    const report = await this.verify();
    const inserted = await this.dataSource.getRepository(AuditVerification).insert({
      trigger,
      intact: report.intact,
      count: report.count,
      headSeq: report.headSeq,
      headHash: report.headHash,
      brokenAtSeq: report.brokenAtSeq ?? null,
      reason: report.reason ?? null,
      tampering: report.tampering,
    });
    return { ...report, runId: (inserted.identifiers[0] as { id: string }).id };
  }

  /**
   * A verification an auditor starts (API or web page): recorded in the history like the
   * nightly and CLI runs. No audit event is appended for it: a run over a cut chain must not
   * write into the gap it reports.
   */
  verifyNow(): Promise<VerificationReport> {
    return this.verifyAndRecord('MANUAL');
  }

  history(limit = 100): Promise<AuditVerification[]> {
    return this.dataSource
      .getRepository(AuditVerification)
      .find({ order: { ranAt: 'DESC' }, take: limit });
  }
}

function compare(
  current: ChainCheckResult,
  previous: AuditVerification | null,
  hashAtPreviousHead: string | undefined,
): string | null {
  if (!previous) return null;
  const problems: string[] = [];
  if (current.intact && current.count < previous.count) {
    problems.push(
      `event count shrank from ${previous.count} to ${current.count} since the run of ${previous.ranAt.toISOString()}`,
    );
  }
  if (current.intact && current.headSeq < previous.headSeq) {
    problems.push(
      `head went backwards from seq ${previous.headSeq} to seq ${current.headSeq}: the newest events were removed`,
    );
  } else if (
    current.intact &&
    hashAtPreviousHead !== undefined &&
    hashAtPreviousHead !== previous.headHash
  ) {
    problems.push(
      `event ${previous.headSeq} no longer has the head hash recorded on ${previous.ranAt.toISOString()}: the log was rewritten`,
    );
  }
  return problems.length ? `Tampering: ${problems.join('; ')}` : null;
}
