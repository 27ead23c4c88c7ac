import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScreeningAndReports1764200000000 implements MigrationInterface {
  name = 'ScreeningAndReports1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    const FIELD = `CHECK (field IN ('summary','excerpt','mitigation','candidateResponse'))`;
    await q.query(`
      CREATE TABLE screening_outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        finding_id uuid NOT NULL REFERENCES findings(id),
        text_version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        UNIQUE (finding_id, text_version)
      )`);
    await q.query(
      `CREATE INDEX screening_outbox_pending_idx ON screening_outbox (id) WHERE dispatched_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE screenings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES findings(id),
        text_version integer NOT NULL,
        rules_version text NOT NULL,
        completed_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (finding_id, text_version)
      )`);
    await q.query(`
      CREATE TABLE screening_flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        screening_id uuid NOT NULL REFERENCES screenings(id),
        finding_id uuid NOT NULL REFERENCES findings(id),
        field text NOT NULL ${FIELD},
        class text NOT NULL,
        start integer NOT NULL CHECK (start >= 0),
        "end" integer NOT NULL CHECK ("end" > start),
        text text,
        rule_id text NOT NULL,
        rules_version text NOT NULL
      )`);
    await q.query(`CREATE INDEX screening_flags_screening_idx ON screening_flags (screening_id)`);
    await q.query(`CREATE INDEX screening_flags_finding_idx ON screening_flags (finding_id)`);
    await q.query(`
      CREATE TABLE filter_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES findings(id),
        screening_id uuid NOT NULL REFERENCES screenings(id),
        text_version integer NOT NULL,
        reviewer_id uuid NOT NULL REFERENCES users(id),
        extra_redactions jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(
      `CREATE INDEX filter_reviews_finding_idx ON filter_reviews (finding_id, created_at DESC)`,
    );
    await q.query(`
      CREATE TABLE filter_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES filter_reviews(id),
        flag_id uuid NOT NULL REFERENCES screening_flags(id),
        action text NOT NULL CHECK (action IN ('REDACT','KEEP')),
        justification text,
        UNIQUE (review_id, flag_id),
        CHECK (action <> 'KEEP' OR length(coalesce(justification, '')) > 0)
      )`);
    await q.query(`
      CREATE TABLE candidate_responses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES findings(id),
        received_at timestamptz NOT NULL,
        text text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(
      `CREATE INDEX candidate_responses_finding_idx ON candidate_responses (finding_id, created_at DESC)`,
    );
    await q.query(`
      CREATE TABLE report_releases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vetting_id uuid NOT NULL REFERENCES vettings(id),
        requested_by uuid NOT NULL REFERENCES users(id),
        requested_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','DONE','FAILED')),
        report_version_id uuid,
        error text
      )`);
    await q.query(`
      CREATE TABLE report_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vetting_id uuid NOT NULL REFERENCES vettings(id),
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        version integer NOT NULL CHECK (version > 0),
        release_id uuid NOT NULL UNIQUE REFERENCES report_releases(id),
        content jsonb NOT NULL,
        sha256 char(64) NOT NULL,
        reported_finding_ids uuid[] NOT NULL,
        withheld_finding_ids uuid[] NOT NULL,
        released_by uuid NOT NULL REFERENCES users(id),
        released_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (vetting_id, version)
      )`);
    await q.query(
      `ALTER TABLE report_releases ADD FOREIGN KEY (report_version_id) REFERENCES report_versions(id)`,
    );
    await q.query(
      `CREATE INDEX report_versions_process_idx ON report_versions (process_id, candidate_id, version DESC)`,
    );
    await q.query(`
      CREATE FUNCTION report_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'report versions are immutable: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER report_versions_no_change BEFORE UPDATE OR DELETE ON report_versions
      FOR EACH ROW EXECUTE FUNCTION report_versions_immutable()`);
    await q.query(`
      CREATE TRIGGER report_versions_no_truncate BEFORE TRUNCATE ON report_versions
      FOR EACH STATEMENT EXECUTE FUNCTION report_versions_immutable()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report_releases DROP COLUMN report_version_id`);
    for (const t of [
      'report_versions',
      'report_releases',
      'candidate_responses',
      'filter_decisions',
      'filter_reviews',
      'screening_flags',
      'screenings',
      'screening_outbox',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`DROP FUNCTION report_versions_immutable`);
  }
}
