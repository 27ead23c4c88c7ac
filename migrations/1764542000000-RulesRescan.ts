import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rolling out new detector rules. A text version may now be screened once per rules version
 * (the latest screening is the current one), and a scan request may name the rules version it
 * was queued for (a rescan), so the same text can be queued again under new rules. Released
 * reports are never rewritten: when new rules would flag text in one, a notice lists it for the
 * searchers of its process, holding counts by class and field only, never the text.
 */
export class RulesRescan1764542000000 implements MigrationInterface {
  name = 'RulesRescan1764542000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE screenings DROP CONSTRAINT screenings_finding_id_text_version_key`);
    await q.query(
      `ALTER TABLE screenings ADD CONSTRAINT screenings_finding_text_rules_key UNIQUE (finding_id, text_version, rules_version)`,
    );
    await q.query(
      `CREATE INDEX screenings_current_idx ON screenings (finding_id, text_version, completed_at DESC)`,
    );
    await q.query(`ALTER TABLE screening_outbox ADD COLUMN rules_version text`);
    await q.query(
      `ALTER TABLE screening_outbox DROP CONSTRAINT screening_outbox_finding_id_text_version_key`,
    );
    await q.query(
      `CREATE UNIQUE INDEX screening_outbox_request_key ON screening_outbox (finding_id, text_version, coalesce(rules_version, ''))`,
    );
    await q.query(`
      CREATE TABLE report_rescan_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        report_version_id uuid NOT NULL REFERENCES report_versions(id),
        vetting_id uuid NOT NULL REFERENCES vettings(id),
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        rules_version text NOT NULL,
        flags jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (report_version_id, rules_version)
      )`);
    await q.query(
      `CREATE INDEX report_rescan_notices_process_idx ON report_rescan_notices (process_id, created_at)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_rescan_notices`);
    await q.query(`DROP INDEX screening_outbox_request_key`);
    await q.query(`ALTER TABLE screening_outbox DROP COLUMN rules_version`);
    await q.query(
      `ALTER TABLE screening_outbox ADD CONSTRAINT screening_outbox_finding_id_text_version_key UNIQUE (finding_id, text_version)`,
    );
    await q.query(`DROP INDEX screenings_current_idx`);
    await q.query(`ALTER TABLE screenings DROP CONSTRAINT screenings_finding_text_rules_key`);
    await q.query(
      `ALTER TABLE screenings ADD CONSTRAINT screenings_finding_id_text_version_key UNIQUE (finding_id, text_version)`,
    );
  }
}
