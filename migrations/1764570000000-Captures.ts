import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Server captures: a page opened by the server's own logged-out browser, its signed manifest
 * and the evidence files it produced. A finished capture never changes.
 */
export class Captures1764570000000 implements MigrationInterface {
  name = 'Captures1764570000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE captures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES findings(id),
        requested_by uuid NOT NULL REFERENCES users(id),
        url text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','DONE','NOT_PUBLIC','FAILED')),
        reason text,
        requested_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        final_url text,
        manifest text,
        manifest_signature text,
        signing_key_fingerprint char(64),
        screenshot_evidence_id uuid REFERENCES evidence_files(id),
        pdf_evidence_id uuid REFERENCES evidence_files(id),
        mhtml_evidence_id uuid REFERENCES evidence_files(id),
        CHECK ((status = 'PENDING') = (finished_at IS NULL)),
        CHECK (status IN ('PENDING','DONE') OR reason IS NOT NULL),
        CHECK (status <> 'DONE' OR (manifest IS NOT NULL AND manifest_signature IS NOT NULL
          AND screenshot_evidence_id IS NOT NULL AND pdf_evidence_id IS NOT NULL AND mhtml_evidence_id IS NOT NULL)),
        -- A login wall's files are not evidence.
        CHECK (status <> 'NOT_PUBLIC' OR (manifest IS NOT NULL AND screenshot_evidence_id IS NULL
          AND pdf_evidence_id IS NULL AND mhtml_evidence_id IS NULL))
      )`);
    await q.query(`CREATE INDEX captures_finding_idx ON captures (finding_id, requested_at DESC)`);
    await q.query(`
      CREATE FUNCTION captures_write_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.status <> 'PENDING' THEN
          RAISE EXCEPTION 'capture % is finished and never changes', OLD.id;
        END IF;
        IF NEW.url IS DISTINCT FROM OLD.url OR NEW.finding_id <> OLD.finding_id
           OR NEW.requested_by <> OLD.requested_by OR NEW.requested_at <> OLD.requested_at THEN
          RAISE EXCEPTION 'a capture''s request never changes';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER captures_write_once BEFORE UPDATE OR DELETE ON captures
      FOR EACH ROW EXECUTE FUNCTION captures_write_once()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE captures`);
    await q.query(`DROP FUNCTION captures_write_once()`);
  }
}
