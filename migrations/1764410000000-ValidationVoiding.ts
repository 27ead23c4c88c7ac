import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A validation vouches for the text and identity matches it saw. When either changes, the
 * validation is voided (kept as evidence, never deleted) and the finding needs a new one before
 * release. The trigger on findings is the backstop for every path, the service's own voiding
 * (which also writes the audit event) included: no UPDATE of the text can leave a live validation.
 * Every change is recorded in finding_text_changes, so the uniformity report can tell a release
 * that rested on a validation older than the text it carried.
 */
export class ValidationVoiding1764410000000 implements MigrationInterface {
  name = 'ValidationVoiding1764410000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE validations
        ADD COLUMN voided_at timestamptz,
        ADD COLUMN void_reason text,
        ADD CONSTRAINT validations_void_reason CHECK ((voided_at IS NULL) = (void_reason IS NULL))`);
    await q.query(`
      CREATE FUNCTION validations_evidence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'UPDATE' THEN
          RAISE EXCEPTION 'validations are evidence: % is not allowed', TG_OP;
        END IF;
        IF OLD.voided_at IS NOT NULL
           OR NEW.voided_at IS NULL
           OR (NEW.id, NEW.finding_id, NEW.validator_id, NEW.status, NEW.method, NEW.notes,
               NEW.self_validated, NEW.created_at)
              IS DISTINCT FROM
              (OLD.id, OLD.finding_id, OLD.validator_id, OLD.status, OLD.method, OLD.notes,
               OLD.self_validated, OLD.created_at) THEN
          RAISE EXCEPTION 'validations are evidence: only voiding a live validation is allowed';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER validations_no_change BEFORE UPDATE OR DELETE ON validations
      FOR EACH ROW EXECUTE FUNCTION validations_evidence()`);
    await q.query(`
      CREATE TRIGGER validations_no_truncate BEFORE TRUNCATE ON validations
      FOR EACH STATEMENT EXECUTE FUNCTION validations_evidence()`);

    await q.query(`
      CREATE TABLE finding_text_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES findings(id),
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        fields text[] NOT NULL CHECK (cardinality(fields) > 0)
      )`);
    await q.query(
      `CREATE INDEX finding_text_changes_finding_idx ON finding_text_changes (finding_id, changed_at)`,
    );
    await q.query(`
      CREATE FUNCTION findings_text_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed text[];
      BEGIN
        -- A purge under the retention schedule empties the excerpt: that is not a new text.
        IF NEW.purged_at IS NOT NULL THEN RETURN NEW; END IF;
        changed := array_remove(ARRAY[
          CASE WHEN NEW.summary IS DISTINCT FROM OLD.summary THEN 'summary' END,
          CASE WHEN NEW.excerpt IS DISTINCT FROM OLD.excerpt THEN 'excerpt' END,
          CASE WHEN NEW.mitigation IS DISTINCT FROM OLD.mitigation THEN 'mitigation' END,
          CASE WHEN NEW.identity_matches IS DISTINCT FROM OLD.identity_matches THEN 'identityMatches' END
        ], NULL);
        IF cardinality(changed) = 0 THEN RETURN NEW; END IF;
        INSERT INTO finding_text_changes (finding_id, fields) VALUES (NEW.id, changed);
        UPDATE validations
           SET voided_at = clock_timestamp(),
               void_reason = 'finding changed after validation: ' || array_to_string(changed, ', ')
         WHERE finding_id = NEW.id AND voided_at IS NULL;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER findings_text_changed BEFORE UPDATE OF summary, excerpt, mitigation, identity_matches
      ON findings FOR EACH ROW EXECUTE FUNCTION findings_text_changed()`);
    // Text changes made before this migration are on the audit log: record them, so the
    // uniformity report can see a release that rested on a validation older than its text.
    await q.query(`
      INSERT INTO finding_text_changes (finding_id, changed_at, fields)
      SELECT e.subject_id::uuid, e.occurred_at,
             ARRAY(SELECT jsonb_array_elements_text(e.details->'fields'))
        FROM audit_events e
        JOIN findings f ON f.id::text = e.subject_id
       WHERE e.action = 'finding.text.update' AND e.outcome = 'ALLOWED'
         AND jsonb_typeof(e.details->'fields') = 'array'
         AND jsonb_array_length(e.details->'fields') > 0`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER findings_text_changed ON findings`);
    await q.query(`DROP FUNCTION findings_text_changed`);
    await q.query(`DROP TABLE finding_text_changes`);
    await q.query(`DROP TRIGGER validations_no_truncate ON validations`);
    await q.query(`DROP TRIGGER validations_no_change ON validations`);
    await q.query(`DROP FUNCTION validations_evidence`);
    await q.query(`ALTER TABLE validations DROP CONSTRAINT validations_void_reason`);
    await q.query(`ALTER TABLE validations DROP COLUMN void_reason, DROP COLUMN voided_at`);
  }
}
