import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { refuse } from '../common/refusal.exception';
import { Designation } from '../designations/designation.entity';
import { Finding } from '../findings/finding.entity';
import { PanelMember, ProcessSearcher, SearcherDuty } from '../processes/panel-member.entity';
import { HiringProcess } from '../processes/process.entity';
import { lockUser } from '../users/user-lock';
import { Vetting } from '../vettings/vetting.entity';

const DUTY_WORDS: Record<SearcherDuty, string> = {
  POOL: 'is a searcher of',
  ASSIGNED: 'is assigned as searcher in',
  VALIDATOR: 'has validated findings in',
  FILTER_REVIEWER: 'has reviewed protected-class filters in',
};

/** The advisory lock key of a process's separation-of-duties decisions ($1: the process id). */
export const DUTIES_LOCK_KEY = `hashtextextended('separation-of-duties:' || $1, 0)`;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The one place for object-level access: designation (policy IV.B.7), separation of duties
 * (IV.B.6a) and "is this yours". "Not yours" and "does not exist" answer the same 404.
 */
@Injectable()
export class AccessService {
  /**
   * Refuses unless the user is an active SEARCHER whose designation is active right now:
   * acknowledged, unexpired, unrevoked. Every piece of searcher work passes here first, so this
   * is where the user row is locked (`decide`): a role change or deactivation racing the work
   * waits for it, or the work sees the change (src/users/user-lock.ts, which also gives the lock order).
   */
  async requireActiveDesignation(
    m: EntityManager,
    userId: string,
    action: string,
  ): Promise<Designation> {
    const user = await lockUser(m, userId, 'decide');
    // FOR SHARE: a revocation (FOR UPDATE) waits for an action already past this check.
    const latest = await m.getRepository(Designation).findOne({
      where: { userId },
      order: { designatedAt: 'DESC' },
      lock: { mode: 'pessimistic_read' },
    });
    const deny = (why: string) =>
      refuse.forbidden(
        `No active searcher designation: ${why}. Searcher work is a sensitive position (policy IV.B.7)`,
        {
          action,
          subjectType: 'user',
          subjectId: userId,
          details: { rule: 'designation', why },
        },
      );
    if (!user?.active) throw deny('the account is deactivated');
    if (!user.roles.includes(Role.SEARCHER))
      throw deny('the account does not hold the SEARCHER role');
    if (!latest) throw deny('you have not been designated as a searcher');
    if (latest.revokedAt) {
      throw deny(
        `your designation was revoked on ${latest.revokedAt.toISOString().slice(0, 10)} (${latest.revokeReason})`,
      );
    }
    if (latest.expiresOn < today()) throw deny(`your designation expired on ${latest.expiresOn}`);
    if (latest.acknowledgedAt > new Date())
      throw deny('the sensitive-position acknowledgement is not yet recorded');
    return latest;
  }

  /**
   * Separation-of-duties decisions for one process: a panel addition and a piece of searcher
   * work for the same process can never both pass their checks concurrently. Searcher work takes
   * the lock shared, so searchers working in one process do not queue behind each other (their
   * checks read panel seats and only add their own duty); a panel addition takes it exclusive,
   * waiting for the work in flight and holding new work until it commits.
   */
  async lockDuties(m: EntityManager, processId: string, decision: 'work' | 'seat'): Promise<void> {
    const lock = decision === 'seat' ? 'pg_advisory_xact_lock' : 'pg_advisory_xact_lock_shared';
    await m.query(`SELECT ${lock}(${DUTIES_LOCK_KEY})`, [processId]);
  }

  /** Records searcher work by `userId` in the process, refusing a panel member (policy IV.B.6a). */
  async recordSearcherWork(
    m: EntityManager,
    processId: string,
    userId: string,
    duty: SearcherDuty,
    action: string,
  ): Promise<void> {
    await this.lockDuties(m, processId, 'work');
    // A seat held at any time counts: someone who has read the panel's reports stays a decision maker.
    const seat = await m
      .getRepository(PanelMember)
      .findOne({ where: { processId, userId }, order: { addedAt: 'DESC' } });
    if (seat) {
      throw refuse.conflict(
        `Separation of duties: this person ${seat.removedAt ? 'sat' : 'sits'} on the hiring panel of this process, so they may not search, validate or review filters in it (policy IV.B.6a)`,
        {
          action,
          subjectType: 'process',
          subjectId: processId,
          details: { rule: 'separation-of-duties', userId, duty },
        },
      );
    }
    await m
      .createQueryBuilder()
      .insert()
      .into(ProcessSearcher)
      .values({ processId, userId, duty })
      .orIgnore()
      .execute();
  }

  /** Refuses a panel seat to anyone who has done (or may do) searcher work in the process. */
  async assertMayJoinPanel(m: EntityManager, processId: string, userId: string): Promise<void> {
    await this.lockDuties(m, processId, 'seat');
    const duties = await m.getRepository(ProcessSearcher).find({ where: { processId, userId } });
    if (duties.length > 0) {
      const what = duties.map((d) => DUTY_WORDS[d.duty]).join(', ');
      throw refuse.conflict(
        `Separation of duties: this person ${what} this process, so they may not sit on its hiring panel (policy IV.B.6a)`,
        {
          action: 'panel.add',
          subjectType: 'process',
          subjectId: processId,
          details: { rule: 'separation-of-duties', userId },
        },
      );
    }
  }

  /** The vetting, if the caller is its assigned searcher; otherwise 404. */
  async assignedVetting(
    m: EntityManager,
    caller: Caller,
    vettingId: string,
    action: string,
    lock = false,
  ): Promise<Vetting> {
    const vetting = await m.getRepository(Vetting).findOne({
      where: { id: vettingId, searcherId: caller.id },
      lock: lock ? { mode: 'pessimistic_write' } : undefined,
    });
    if (!vetting) throw this.notFound('vetting', vettingId, action);
    return vetting;
  }

  /** True if the caller is a searcher of the process (in its pool or assigned in it). */
  async isProcessSearcher(m: EntityManager, processId: string, userId: string): Promise<boolean> {
    return m.getRepository(ProcessSearcher).exists({ where: { processId, userId } });
  }

  /**
   * A designated searcher of the process: in the process's searcher pool, not on its panel,
   * and with an active designation. Outsiders get 404.
   */
  async requireProcessSearcher(
    m: EntityManager,
    caller: Caller,
    processId: string,
    subject: { type: string; id: string },
    action: string,
  ): Promise<void> {
    if (
      !caller.roles.includes(Role.SEARCHER) ||
      !(await this.isProcessSearcher(m, processId, caller.id))
    ) {
      throw this.notFound(subject.type, subject.id, action);
    }
    await this.requireActiveDesignation(m, caller.id, action);
  }

  /**
   * True if the user sits, or ever sat, on the process's hiring panel. A past seat counts: whoever
   * has read the panel's reports stays a decision maker of that process.
   */
  hasPanelSeat(m: EntityManager, processId: string, userId: string): Promise<boolean> {
    return m.getRepository(PanelMember).exists({ where: { processId, userId } });
  }

  /** Every process whose hiring panel the user sits or sat on. */
  async panelProcessIds(m: EntityManager, userId: string): Promise<string[]> {
    const rows = await m.query<{ process_id: string }[]>(
      `SELECT DISTINCT process_id FROM panel_members WHERE user_id = $1`,
      [userId],
    );
    return rows.map((r) => r.process_id);
  }

  /**
   * The vetting, unless the caller sits or sat on its process's panel (policy IV.B.6b): then,
   * whatever their roles, a plain 404, as for a vetting that does not exist. Every vetting route
   * calls this first, before any gate or state of the vetting is looked at, so a refusal can
   * never name a finding or anything else about it. `subject` names what the route answers for.
   */
  async vettingOutsidePanel(
    m: EntityManager,
    caller: Caller,
    vettingId: string,
    action: string,
    subject: { type: string; id: string } = { type: 'vetting', id: vettingId },
  ): Promise<Vetting> {
    const vetting = await m.getRepository(Vetting).findOneBy({ id: vettingId });
    if (!vetting) throw this.notFound(subject.type, subject.id, action);
    if (await this.hasPanelSeat(m, vetting.processId, caller.id))
      throw this.notFound(subject.type, subject.id, action, 'panel-seat');
    return vetting;
  }

  /**
   * The finding, locked FOR UPDATE, unless the caller sits or sat on its process's panel (policy
   * IV.B.6b): then a plain 404, as for a finding that does not exist, so no decision maker adds
   * text that reaches their own panel's report. Also refuses a closed process (409). Takes, in
   * the documented order, the process row (FOR SHARE), the finding row and the duties lock, and
   * checks the seat again under the duties lock, so a seat added at the same moment (which takes
   * the duties lock too) either waits for the write or is seen by it.
   */
  async findingOutsidePanel(
    m: EntityManager,
    caller: Caller,
    findingId: string,
    action: string,
  ): Promise<Finding> {
    const seen = await m.getRepository(Finding).findOneBy({ id: findingId });
    if (!seen) throw this.notFound('finding', findingId, action);
    const seated = () => this.hasPanelSeat(m, seen.processId, caller.id);
    if (await seated()) throw this.notFound('finding', findingId, action, 'panel-seat');
    await this.lockOpenProcess(m, seen.processId, action);
    const finding = await m
      .getRepository(Finding)
      .findOneOrFail({ where: { id: findingId }, lock: { mode: 'pessimistic_write' } });
    await this.lockDuties(m, seen.processId, 'work');
    if (await seated()) throw this.notFound('finding', findingId, action, 'panel-seat');
    return finding;
  }

  /** Nobody adds or removes their own panel seat (policy IV.B.6a): another administrator must. */
  assertNotOwnSeat(caller: Caller, processId: string, userId: string, action: string): void {
    if (caller.id !== userId) return;
    throw refuse.forbidden(
      'Separation of duties: nobody adds or removes their own panel seat; another administrator must do it (policy IV.B.6a)',
      {
        action,
        subjectType: 'process',
        subjectId: processId,
        details: { rule: 'own-panel-seat', userId },
      },
    );
  }

  /** Whether the caller may see the process at all (participants; ADMIN and AUDITOR see all). */
  async mayViewProcess(m: EntityManager, caller: Caller, processId: string): Promise<boolean> {
    if (caller.roles.includes(Role.ADMIN) || caller.roles.includes(Role.AUDITOR)) return true;
    const [row] = await m.query<{ ok: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM panel_members WHERE process_id = $1 AND user_id = $2 AND removed_at IS NULL)
           OR EXISTS (SELECT 1 FROM process_searchers WHERE process_id = $1 AND user_id = $2) AS ok`,
      [processId, caller.id],
    );
    return row.ok;
  }

  /**
   * Locks the process row FOR SHARE and refuses if it is closed. Work in a process takes this
   * lock; closing and checklist changes take FOR UPDATE, so neither can commit in the middle
   * of a piece of work, and concurrent pieces of work do not block each other.
   */
  async lockOpenProcess(
    m: EntityManager,
    processId: string,
    action: string,
  ): Promise<HiringProcess> {
    const process = await m
      .getRepository(HiringProcess)
      .findOne({ where: { id: processId }, lock: { mode: 'pessimistic_read' } });
    if (!process) throw this.notFound('process', processId, action);
    this.assertOpen(process, action);
    return process;
  }

  assertOpen(process: HiringProcess, action: string): void {
    if (process.status === 'CLOSED') {
      throw refuse.conflict(
        `This hiring process was closed on ${process.closedAt?.toISOString()}: its records are kept under the retention schedule and no longer change`,
        { action, subjectType: 'process', subjectId: process.id, details: { rule: 'closed' } },
      );
    }
  }

  /** "Not found" and "not yours" answer alike; `why` tells only the audit log which it was. */
  notFound(subjectType: string, subjectId: string, action: string, why?: string) {
    return refuse.notFound(`${subjectType[0].toUpperCase()}${subjectType.slice(1)} not found`, {
      action,
      subjectType,
      subjectId,
      details: { rule: 'not-found-or-no-access', ...(why ? { why } : {}) },
    });
  }
}
