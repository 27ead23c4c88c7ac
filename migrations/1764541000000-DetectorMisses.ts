import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Visible misses: a reviewer's redaction that no detector flag overlaps, with the protected
 * class the reviewer chose. Offsets and a hash of the field's text only, never the text itself,
 * so nothing raw is copied out of the finding (and the retention purge has nothing more to clear).
 * The class is checked by the server against the detector's class list, which may grow.
 */
export class DetectorMisses1764541000000 implements MigrationInterface {
  name = 'DetectorMisses1764541000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE detector_misses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES filter_reviews(id),
        finding_id uuid NOT NULL REFERENCES findings(id),
        text_version integer NOT NULL,
        field text NOT NULL CHECK (field IN ('summary','excerpt','mitigation','candidateResponse')),
        start integer NOT NULL CHECK (start >= 0),
        "end" integer NOT NULL CHECK ("end" > start),
        class text NOT NULL,
        rules_version text NOT NULL,
        field_sha256 char(64) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX detector_misses_created_idx ON detector_misses (created_at)`);
    await q.query(`CREATE INDEX detector_misses_finding_idx ON detector_misses (finding_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE detector_misses`);
  }
}
