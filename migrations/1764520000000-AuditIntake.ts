import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit events sequenced off the request path. A request inserts its events into
 * `audit_intake` (no seq, no hash) inside its own transaction, so an event still commits or
 * rolls back with its change, and no request waits on a chain-wide lock. One sequencer moves
 * committed intake rows into `audit_events`, giving them seq and hash, in one transaction.
 *
 * Both tables are append-only in the database: the intake refuses UPDATE and TRUNCATE, and
 * refuses DELETE except for a row already in `audit_events` (by `intake_id`) with the same
 * content, which is exactly the sequencer's move.
 *
 * Commit order: each transaction that writes intake rows takes a ticket from a sequence at
 * commit time (a deferred constraint trigger, so it runs after the transaction's last statement,
 * just before COMMIT), kept in `audit_intake_commits`. The sequencer chains in ticket order.
 * If transaction B waits on a row lock held by A, B cannot reach its commit step until A has
 * committed, so A's ticket is lower: whatever happened first is chained first, even when B
 * inserted its event (and got the lower intake id) before A did.
 */
export class AuditIntake1764520000000 implements MigrationInterface {
  name = 'AuditIntake1764520000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_intake (
        id bigserial PRIMARY KEY,
        -- the writing transaction (the top-level one, also inside a savepoint)
        xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        occurred_at timestamptz NOT NULL,
        actor_id uuid,
        actor_roles text[] NOT NULL DEFAULT '{}',
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text,
        outcome text NOT NULL CHECK (outcome IN ('ALLOWED','DENIED','FAILED')),
        details jsonb NOT NULL DEFAULT '{}',
        request_id text,
        client_ip text
      )`);
    await q.query(`CREATE INDEX audit_intake_xid_idx ON audit_intake (xid)`);
    await q.query(`CREATE SEQUENCE audit_commit_ticket`);
    await q.query(`
      CREATE TABLE audit_intake_commits (
        xid xid8 PRIMARY KEY,
        ticket bigint NOT NULL UNIQUE DEFAULT nextval('audit_commit_ticket')
      )`);
    await q.query(`
      CREATE FUNCTION audit_intake_ticket() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO audit_intake_commits (xid) VALUES (NEW.xid) ON CONFLICT (xid) DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER audit_intake_ticket AFTER INSERT ON audit_intake
      DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION audit_intake_ticket()`);
    // A ticket goes only once its transaction has no event left waiting.
    await q.query(`
      CREATE FUNCTION audit_intake_commits_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM audit_intake WHERE xid = OLD.xid) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_intake_commits: % is not allowed while the transaction has events waiting', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_intake_commits_guard BEFORE UPDATE OR DELETE ON audit_intake_commits
      FOR EACH ROW EXECUTE FUNCTION audit_intake_commits_guard()`);
    await q.query(`
      CREATE TRIGGER audit_intake_commits_no_truncate BEFORE TRUNCATE ON audit_intake_commits
      FOR EACH STATEMENT EXECUTE FUNCTION audit_intake_commits_guard()`);
    // Bookkeeping beside the chain, outside the hash: which intake row an event came from (the
    // intake's delete guard checks it) and when it was chained (the sequencing lag).
    await q.query(`
      ALTER TABLE audit_events
        ADD COLUMN intake_id bigint,
        ADD COLUMN sequenced_at timestamptz,
        ADD CONSTRAINT audit_events_intake_id_key UNIQUE (intake_id)`);
    await q.query(
      `ALTER TABLE audit_events ALTER COLUMN sequenced_at SET DEFAULT clock_timestamp()`,
    );
    await q.query(`
      CREATE FUNCTION audit_intake_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND EXISTS (
          SELECT 1 FROM audit_events e
           WHERE e.intake_id = OLD.id
             AND e.occurred_at = OLD.occurred_at
             AND e.actor_id IS NOT DISTINCT FROM OLD.actor_id
             AND e.actor_roles = OLD.actor_roles
             AND e.action = OLD.action
             AND e.subject_type = OLD.subject_type
             AND e.subject_id IS NOT DISTINCT FROM OLD.subject_id
             AND e.outcome = OLD.outcome
             AND e.details = OLD.details
             AND e.request_id IS NOT DISTINCT FROM OLD.request_id
             AND e.client_ip IS NOT DISTINCT FROM OLD.client_ip
        ) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_intake is append-only: % is not allowed (a row leaves only by being chained into audit_events)', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_intake_no_update_delete BEFORE UPDATE OR DELETE ON audit_intake
      FOR EACH ROW EXECUTE FUNCTION audit_intake_guard()`);
    await q.query(`
      CREATE TRIGGER audit_intake_no_truncate BEFORE TRUNCATE ON audit_intake
      FOR EACH STATEMENT EXECUTE FUNCTION audit_intake_guard()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_intake`);
    await q.query(`DROP FUNCTION audit_intake_guard`);
    await q.query(`DROP FUNCTION audit_intake_ticket`);
    await q.query(`DROP TABLE audit_intake_commits`);
    await q.query(`DROP FUNCTION audit_intake_commits_guard`);
    await q.query(`DROP SEQUENCE audit_commit_ticket`);
    await q.query(`
      ALTER TABLE audit_events
        DROP CONSTRAINT audit_events_intake_id_key,
        DROP COLUMN intake_id,
        DROP COLUMN sequenced_at`);
  }
}
