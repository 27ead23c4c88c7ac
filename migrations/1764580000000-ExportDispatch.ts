import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exports are handed to the queue by the outbox relay, as releases are: a request only records
 * the export, so it answers at once even while Redis is away, and the relay keeps trying.
 */
export class ExportDispatch1764580000000 implements MigrationInterface {
  name = 'ExportDispatch1764580000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE exports
        ADD COLUMN dispatched_at timestamptz,
        ADD COLUMN next_dispatch_at timestamptz,
        ADD COLUMN dispatch_attempts integer NOT NULL DEFAULT 0 CHECK (dispatch_attempts >= 0),
        ADD COLUMN last_dispatch_error text`);
    await q.query(`
      CREATE INDEX exports_due_idx ON exports ((coalesce(next_dispatch_at, requested_at)), id)
        WHERE status IN ('PENDING','RUNNING')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX exports_due_idx`);
    await q.query(`
      ALTER TABLE exports
        DROP COLUMN last_dispatch_error,
        DROP COLUMN dispatch_attempts,
        DROP COLUMN next_dispatch_at,
        DROP COLUMN dispatched_at`);
  }
}
