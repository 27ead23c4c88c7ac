import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Release integrity (security review, defect 1). One pending release per vetting, backed by a
 * partial unique index; a FAILED release always says why; and the relay's bookkeeping, so a
 * release already handed to the queue waits its turn instead of being re-taken ahead of new ones.
 */
export class ReleaseIntegrity1764401000000 implements MigrationInterface {
  name = 'ReleaseIntegrity1764401000000';

  public async up(q: QueryRunner): Promise<void> {
    // Repeated requests made before this rule: the oldest pending release of a vetting stays.
    await q.query(`
      UPDATE report_releases r
         SET status = 'FAILED',
             error = 'Superseded: an earlier release of this vetting was already pending'
       WHERE r.status = 'PENDING'
         AND EXISTS (SELECT 1 FROM report_releases o
                      WHERE o.vetting_id = r.vetting_id AND o.status = 'PENDING'
                        AND (o.requested_at, o.id) < (r.requested_at, r.id))`);
    await q.query(
      `CREATE UNIQUE INDEX report_releases_one_pending ON report_releases (vetting_id) WHERE status = 'PENDING'`,
    );
    await q.query(
      `UPDATE report_releases SET error = 'Failed (no reason recorded)' WHERE status = 'FAILED' AND error IS NULL`,
    );
    await q.query(
      `ALTER TABLE report_releases ADD CONSTRAINT report_releases_failed_has_reason CHECK (status <> 'FAILED' OR error IS NOT NULL)`,
    );
    await q.query(`
      ALTER TABLE report_releases
        ADD COLUMN dispatched_at timestamptz,
        ADD COLUMN next_dispatch_at timestamptz,
        ADD COLUMN dispatch_attempts integer NOT NULL DEFAULT 0,
        ADD COLUMN last_dispatch_error text`);
    await q.query(
      `CREATE INDEX report_releases_due_idx ON report_releases ((coalesce(next_dispatch_at, requested_at)), id) WHERE status = 'PENDING'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX report_releases_due_idx`);
    await q.query(`
      ALTER TABLE report_releases
        DROP COLUMN last_dispatch_error,
        DROP COLUMN dispatch_attempts,
        DROP COLUMN next_dispatch_at,
        DROP COLUMN dispatched_at`);
    await q.query(`ALTER TABLE report_releases DROP CONSTRAINT report_releases_failed_has_reason`);
    await q.query(`DROP INDEX report_releases_one_pending`);
  }
}
