import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The retention purge reaches server captures: a purged finding's captures lose their URLs and
 * manifest (which holds URLs, headers and redirect hops), and say when and under which rule.
 * That one change is the only one the write-once trigger lets through.
 */
export class CapturePurge1764590000000 implements MigrationInterface {
  name = 'CapturePurge1764590000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE captures ADD COLUMN purged_at timestamptz, ADD COLUMN purge_rule text`,
    );
    await q.query(`ALTER TABLE captures ALTER COLUMN url DROP NOT NULL`);
    // The table-level checks were unnamed: drop them by what they are and name the new ones.
    await q.query(`
      DO $$ DECLARE c record; BEGIN
        FOR c IN SELECT conname FROM pg_constraint
                  WHERE conrelid = 'captures'::regclass AND contype = 'c' AND conname <> 'captures_status_check'
        LOOP EXECUTE format('ALTER TABLE captures DROP CONSTRAINT %I', c.conname); END LOOP;
      END $$`);
    await q.query(`
      ALTER TABLE captures
        ADD CONSTRAINT captures_finished_check CHECK ((status = 'PENDING') = (finished_at IS NULL)),
        ADD CONSTRAINT captures_reason_check CHECK (status IN ('PENDING','DONE') OR reason IS NOT NULL),
        ADD CONSTRAINT captures_done_check CHECK (status <> 'DONE' OR (
          (manifest IS NOT NULL OR purged_at IS NOT NULL) AND manifest_signature IS NOT NULL
          AND screenshot_evidence_id IS NOT NULL AND pdf_evidence_id IS NOT NULL AND mhtml_evidence_id IS NOT NULL)),
        -- A login wall's files are not evidence.
        ADD CONSTRAINT captures_not_public_check CHECK (status <> 'NOT_PUBLIC' OR (
          (manifest IS NOT NULL OR purged_at IS NOT NULL) AND screenshot_evidence_id IS NULL
          AND pdf_evidence_id IS NULL AND mhtml_evidence_id IS NULL)),
        ADD CONSTRAINT captures_url_check CHECK (url IS NOT NULL OR purged_at IS NOT NULL),
        ADD CONSTRAINT captures_purged_check CHECK ((purged_at IS NULL) = (purge_rule IS NULL)
          AND (purged_at IS NULL OR (url IS NULL AND final_url IS NULL AND manifest IS NULL
                                     AND length(purge_rule) > 0)))`);
    await q.query(`
      CREATE OR REPLACE FUNCTION captures_write_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'capture % is a record and is never deleted', OLD.id;
        END IF;
        IF OLD.purged_at IS NOT NULL THEN
          RAISE EXCEPTION 'capture % was purged under the retention schedule and never changes', OLD.id;
        END IF;
        IF NEW.purged_at IS NOT NULL THEN
          -- The retention purge: it blanks the URLs and the manifest of a purged finding's
          -- capture (the reason may be scrubbed of host names) and changes nothing else.
          IF NEW.url IS NOT NULL OR NEW.final_url IS NOT NULL OR NEW.manifest IS NOT NULL
             OR NEW.purge_rule IS NULL
             OR NEW.id <> OLD.id OR NEW.finding_id <> OLD.finding_id
             OR NEW.requested_by <> OLD.requested_by OR NEW.requested_at <> OLD.requested_at
             OR NEW.status <> OLD.status OR NEW.finished_at IS DISTINCT FROM OLD.finished_at
             OR (NEW.reason IS NULL) <> (OLD.reason IS NULL)
             OR NEW.manifest_signature IS DISTINCT FROM OLD.manifest_signature
             OR NEW.signing_key_fingerprint IS DISTINCT FROM OLD.signing_key_fingerprint
             OR NEW.screenshot_evidence_id IS DISTINCT FROM OLD.screenshot_evidence_id
             OR NEW.pdf_evidence_id IS DISTINCT FROM OLD.pdf_evidence_id
             OR NEW.mhtml_evidence_id IS DISTINCT FROM OLD.mhtml_evidence_id THEN
            RAISE EXCEPTION 'a capture''s purge only blanks its URLs and manifest';
          END IF;
          IF NOT EXISTS (SELECT 1 FROM findings WHERE id = NEW.finding_id AND purged_at IS NOT NULL) THEN
            RAISE EXCEPTION 'capture % can only be purged with its finding', OLD.id;
          END IF;
          RETURN NEW;
        END IF;
        IF OLD.status <> 'PENDING' THEN
          RAISE EXCEPTION 'capture % is finished and never changes', OLD.id;
        END IF;
        IF NEW.url IS DISTINCT FROM OLD.url OR NEW.finding_id <> OLD.finding_id
           OR NEW.requested_by <> OLD.requested_by OR NEW.requested_at <> OLD.requested_at
           OR NEW.purge_rule IS NOT NULL THEN
          RAISE EXCEPTION 'a capture''s request never changes';
        END IF;
        RETURN NEW;
      END $$`);

    await q.query(`
      DO $$ DECLARE c record; BEGIN
        FOR c IN SELECT conname FROM pg_constraint
                  WHERE conrelid = 'purge_tombstones'::regclass AND contype = 'c'
                    AND pg_get_constraintdef(oid) LIKE '%subject_type%'
        LOOP EXECUTE format('ALTER TABLE purge_tombstones DROP CONSTRAINT %I', c.conname); END LOOP;
      END $$`);
    await q.query(`
      ALTER TABLE purge_tombstones
        ADD CONSTRAINT purge_tombstones_subject_type_check CHECK (subject_type IN
          ('FINDING_EXCERPT','FINDING_URL','EVIDENCE_FILE','CAPTURE_URL','CAPTURE_MANIFEST')),
        ADD CONSTRAINT purge_tombstones_subject_check CHECK (
          subject_type IN ('EVIDENCE_FILE','CAPTURE_URL','CAPTURE_MANIFEST') OR subject_id = finding_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE purge_tombstones DROP CONSTRAINT purge_tombstones_subject_type_check,
      DROP CONSTRAINT purge_tombstones_subject_check`);
    await q.query(`ALTER TABLE purge_tombstones
      ADD CHECK (subject_type IN ('FINDING_EXCERPT','FINDING_URL','EVIDENCE_FILE')),
      ADD CHECK (subject_type = 'EVIDENCE_FILE' OR subject_id = finding_id)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION captures_write_once() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await q.query(`ALTER TABLE captures DROP CONSTRAINT captures_url_check,
      DROP CONSTRAINT captures_purged_check, DROP CONSTRAINT captures_done_check,
      DROP CONSTRAINT captures_not_public_check`);
    await q.query(`ALTER TABLE captures
      ADD CHECK (status <> 'DONE' OR (manifest IS NOT NULL AND manifest_signature IS NOT NULL
        AND screenshot_evidence_id IS NOT NULL AND pdf_evidence_id IS NOT NULL AND mhtml_evidence_id IS NOT NULL)),
      ADD CHECK (status <> 'NOT_PUBLIC' OR (manifest IS NOT NULL AND screenshot_evidence_id IS NULL
        AND pdf_evidence_id IS NULL AND mhtml_evidence_id IS NULL))`);
    await q.query(`ALTER TABLE captures ALTER COLUMN url SET NOT NULL,
      DROP COLUMN purged_at, DROP COLUMN purge_rule`);
  }
}
