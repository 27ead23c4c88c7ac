import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The records console: a records request carries the deadline its custodian sets (never before
 * the request was received), and an export started from a request is linked to it, so the
 * request lists its exports.
 */
export class RecordsRequestDeadlineAndExportLink1764510000000 implements MigrationInterface {
  name = 'RecordsRequestDeadlineAndExportLink1764510000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE records_requests ADD COLUMN deadline timestamptz`);
    await q.query(
      `ALTER TABLE records_requests ADD CONSTRAINT records_requests_deadline_after_received
         CHECK (deadline IS NULL OR deadline >= received_at)`,
    );
    await q.query(
      `ALTER TABLE exports ADD COLUMN records_request_id uuid REFERENCES records_requests (id)`,
    );
    await q.query(
      `CREATE INDEX exports_records_request_idx ON exports (records_request_id) WHERE records_request_id IS NOT NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX exports_records_request_idx`);
    await q.query(`ALTER TABLE exports DROP COLUMN records_request_id`);
    await q.query(
      `ALTER TABLE records_requests DROP CONSTRAINT records_requests_deadline_after_received`,
    );
    await q.query(`ALTER TABLE records_requests DROP COLUMN deadline`);
  }
}
