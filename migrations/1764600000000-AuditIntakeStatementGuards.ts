import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The intake's delete guards, checked once per statement instead of once per row. The sequencer
 * deletes up to 2,000 chained rows from `audit_intake` and their tickets from
 * `audit_intake_commits` in each batch; a row-level guard ran a PL/pgSQL call and a lookup for
 * every one of them. The same rules, now over the statement's transition table (one set-based
 * check, after the DELETE and before it can commit; a violation still undoes the statement):
 *
 * - `audit_intake`: a row may go only once `audit_events` holds it, by `intake_id`, with the same
 *   content. UPDATE and TRUNCATE stay refused.
 * - `audit_intake_commits`: a ticket may go only once its transaction has no event left waiting.
 *   UPDATE and TRUNCATE stay refused.
 */
export class AuditIntakeStatementGuards1764600000000 implements MigrationInterface {
  name = 'AuditIntakeStatementGuards1764600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_intake_no_update_delete ON audit_intake`);
    await q.query(`
      CREATE FUNCTION audit_intake_delete_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT 1 FROM gone o
           WHERE NOT EXISTS (
             SELECT 1 FROM audit_events e
              WHERE e.intake_id = o.id
                AND e.occurred_at = o.occurred_at
                AND e.actor_id IS NOT DISTINCT FROM o.actor_id
                AND e.actor_roles = o.actor_roles
                AND e.action = o.action
                AND e.subject_type = o.subject_type
                AND e.subject_id IS NOT DISTINCT FROM o.subject_id
                AND e.outcome = o.outcome
                AND e.details = o.details
                AND e.request_id IS NOT DISTINCT FROM o.request_id
                AND e.client_ip IS NOT DISTINCT FROM o.client_ip)
        ) THEN
          RAISE EXCEPTION 'audit_intake is append-only: DELETE is not allowed (a row leaves only by being chained into audit_events)'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_intake_delete_guard AFTER DELETE ON audit_intake
      REFERENCING OLD TABLE AS gone
      FOR EACH STATEMENT EXECUTE FUNCTION audit_intake_delete_guard()`);
    // audit_intake_guard raises for anything but a matched DELETE: at statement level, UPDATE.
    await q.query(`
      CREATE TRIGGER audit_intake_no_update BEFORE UPDATE ON audit_intake
      FOR EACH STATEMENT EXECUTE FUNCTION audit_intake_guard()`);

    await q.query(`DROP TRIGGER audit_intake_commits_guard ON audit_intake_commits`);
    await q.query(`
      CREATE FUNCTION audit_intake_commits_delete_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM gone g JOIN audit_intake i ON i.xid = g.xid) THEN
          RAISE EXCEPTION 'audit_intake_commits: DELETE is not allowed while the transaction has events waiting'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_intake_commits_delete_guard AFTER DELETE ON audit_intake_commits
      REFERENCING OLD TABLE AS gone
      FOR EACH STATEMENT EXECUTE FUNCTION audit_intake_commits_delete_guard()`);
    // audit_intake_commits_guard raises for UPDATE.
    await q.query(`
      CREATE TRIGGER audit_intake_commits_no_update BEFORE UPDATE ON audit_intake_commits
      FOR EACH STATEMENT EXECUTE FUNCTION audit_intake_commits_guard()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_intake_commits_no_update ON audit_intake_commits`);
    await q.query(`DROP TRIGGER audit_intake_commits_delete_guard ON audit_intake_commits`);
    await q.query(`DROP FUNCTION audit_intake_commits_delete_guard`);
    await q.query(`
      CREATE TRIGGER audit_intake_commits_guard BEFORE UPDATE OR DELETE ON audit_intake_commits
      FOR EACH ROW EXECUTE FUNCTION audit_intake_commits_guard()`);
    await q.query(`DROP TRIGGER audit_intake_no_update ON audit_intake`);
    await q.query(`DROP TRIGGER audit_intake_delete_guard ON audit_intake`);
    await q.query(`DROP FUNCTION audit_intake_delete_guard`);
    await q.query(`
      CREATE TRIGGER audit_intake_no_update_delete BEFORE UPDATE OR DELETE ON audit_intake
      FOR EACH ROW EXECUTE FUNCTION audit_intake_guard()`);
  }
}
