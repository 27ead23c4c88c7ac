import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditOutcome } from './audit-event.entity';
import { chainHash, GENESIS_HASH } from './hash-chain';

/** Any constant works; it only has to be the same for every process that sequences. */
export const AUDIT_SEQUENCER_LOCK = 0x0c7b_e7a1;
/** Intake rows chained per transaction, at most. */
export const SEQUENCE_BATCH = 2000;

interface IntakeRow {
  id: string;
  xid: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_roles: string[];
  action: string;
  subject_type: string;
  subject_id: string | null;
  outcome: AuditOutcome;
  details: Record<string, unknown>;
  request_id: string | null;
  client_ip: string | null;
}

export interface PendingSummary {
  /** Committed events not yet in the chain. */
  pending: number;
  /** When the oldest of them happened, or null when none is waiting. */
  oldestPendingAt: Date | null;
}

/**
 * Moves committed events from the intake into the chain: gives them seq, links and hashes
 * them, inserts them into `audit_events` and deletes them from the intake, all in one
 * transaction, so an event is either waiting or chained, never both or neither.
 *
 * One sequencer at a time, across every process: each batch runs under a transaction-scoped
 * advisory lock and reads the head only once it holds it, so two processes that both try
 * simply take turns and the chain never forks. Any process with the database may run a batch
 * (the worker does on a timer; tests and the CLI ask for one), which is why this is plain SQL
 * and needs no queue.
 *
 * Commit order versus id order: a request with a lower intake id may commit after one with a
 * higher id. Two things keep that from breaking the chain:
 * - No event is skipped. The sequencer keeps no "last id" watermark: each batch takes intake
 *   rows visible to it (committed ones only; READ COMMITTED gives each statement a fresh
 *   snapshot, taken after the lock) and deletes exactly those it chained. A row that commits
 *   later is still in the intake next time and is chained then. A rolled-back row never
 *   becomes visible, so it never takes a seq: no gaps.
 * - What happened first is chained first. Rows are taken in the order of their transaction's
 *   commit ticket (see the AuditIntake migration), then id: a transaction that waited on
 *   another's lock always has the higher ticket, so seq order agrees with commit order for
 *   every pair of transactions where the order means something. Within one transaction ids
 *   rise with each append, so its events keep their order.
 * (Waiting for pg_snapshot_xmin to pass a row's xid would also avoid skipping, but xid order
 * is first-write order, not commit order, so it would not give the second guarantee.)
 */
@Injectable()
export class AuditSequencer {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Chains up to SEQUENCE_BATCH waiting events. With `wait` false it gives up at once (returns
   * null) when another process holds the sequencer lock; with `wait` true it waits its turn.
   */
  async sequenceBatch(wait: boolean): Promise<number | null> {
    return this.dataSource.transaction(async (m) => {
      if (wait) {
        await m.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_SEQUENCER_LOCK]);
      } else {
        const [{ locked }] = await m.query<{ locked: boolean }[]>(
          'SELECT pg_try_advisory_xact_lock($1) AS locked',
          [AUDIT_SEQUENCER_LOCK],
        );
        if (!locked) return null;
      }
      return this.chain(m);
    });
  }

  /**
   * Returns once every event committed before the call is in the chain. Tests call it before
   * reading the log, the export builder before copying a scope's events, the CLI before verifying.
   */
  async settle(): Promise<void> {
    while ((await this.sequenceBatch(true)) === SEQUENCE_BATCH) {
      // A full batch: there may be more.
    }
  }

  async pending(): Promise<PendingSummary> {
    const [row] = await this.dataSource.query<{ pending: number; oldest: Date | null }[]>(
      'SELECT count(*)::int AS pending, min(occurred_at) AS oldest FROM audit_intake',
    );
    return { pending: row.pending, oldestPendingAt: row.oldest };
  }

  private async chain(m: EntityManager): Promise<number> {
    const rows = await m.query<IntakeRow[]>(
      `SELECT i.id, i.xid::text AS xid, i.occurred_at, i.actor_id, i.actor_roles, i.action,
              i.subject_type, i.subject_id, i.outcome, i.details, i.request_id, i.client_ip
         FROM audit_intake i JOIN audit_intake_commits c ON c.xid = i.xid
        ORDER BY c.ticket, i.id LIMIT ${SEQUENCE_BATCH}`,
    );
    if (rows.length === 0) return 0;
    const [head] = await m.query<{ seq: string; hash: string }[]>(
      'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1',
    );
    let seq = head ? Number(head.seq) : 0;
    let prevHash = head ? head.hash : GENESIS_HASH;
    const ids: string[] = [];
    const seqs: number[] = [];
    const prevHashes: string[] = [];
    const hashes: string[] = [];
    for (const row of rows) {
      seq += 1;
      // Hashed from the values as PostgreSQL stored them (jsonb normalises details), which are
      // the values the verifier reads back.
      const hash = chainHash(prevHash, {
        seq,
        occurredAt: row.occurred_at,
        actorId: row.actor_id,
        actorRoles: row.actor_roles,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
        outcome: row.outcome,
        details: row.details,
        requestId: row.request_id,
        clientIp: row.client_ip,
      });
      ids.push(row.id);
      seqs.push(seq);
      prevHashes.push(prevHash);
      hashes.push(hash);
      prevHash = hash;
    }
    // The content is copied from the intake row itself, so the chained event is what was taken in.
    await m.query(
      `INSERT INTO audit_events
         (seq, occurred_at, actor_id, actor_roles, action, subject_type, subject_id, outcome,
          details, request_id, client_ip, prev_hash, hash, intake_id)
       SELECT s.seq, i.occurred_at, i.actor_id, i.actor_roles, i.action, i.subject_type,
              i.subject_id, i.outcome, i.details, i.request_id, i.client_ip, s.prev_hash, s.hash, i.id
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[])
              AS s(intake_id, seq, prev_hash, hash)
         JOIN audit_intake i ON i.id = s.intake_id
        ORDER BY s.seq`,
      [ids, seqs, prevHashes, hashes],
    );
    // The intake's guard lets a row go only once it is in audit_events with the same content.
    await m.query('DELETE FROM audit_intake WHERE id = ANY($1::bigint[])', [ids]);
    // Tickets of transactions with nothing left waiting (a transaction split over two batches
    // keeps its ticket until its last event is chained).
    await m.query(
      `DELETE FROM audit_intake_commits c
        WHERE c.xid = ANY($1::xid8[]) AND NOT EXISTS (SELECT 1 FROM audit_intake i WHERE i.xid = c.xid)`,
      [[...new Set(rows.map((r) => r.xid))]],
    );
    return rows.length;
  }
}
