import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The checklist lock is derived from the vettings (the first started_at) instead of stored on
 * the process row, so starting a vetting never has to update the process row: work takes the
 * process row FOR SHARE only, and closing or changing the checklist (FOR UPDATE) waits for it.
 */
export class ChecklistLockDerived1764400000000 implements MigrationInterface {
  name = 'ChecklistLockDerived1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE hiring_processes DROP COLUMN checklist_locked_at`);
    await q.query(
      `CREATE INDEX vettings_started_idx ON vettings (process_id, started_at) WHERE started_at IS NOT NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX vettings_started_idx`);
    await q.query(`ALTER TABLE hiring_processes ADD COLUMN checklist_locked_at timestamptz`);
    await q.query(
      `UPDATE hiring_processes p SET checklist_locked_at = (SELECT min(started_at) FROM vettings v WHERE v.process_id = p.id)`,
    );
  }
}
