import { MigrationInterface, QueryRunner } from 'typeorm';

const METHODS = `'PUBLIC_SEARCH_ENGINE','PUBLIC_PROFILE_LOGGED_OUT','PUBLIC_RECORDS_PORTAL','NEWS_ARCHIVE','CANDIDATE_VOLUNTEERED'`;
const CATEGORIES = `'THREATS_VIOLENCE','BIAS_HARASSMENT','SEXUALLY_EXPLICIT','ILLEGAL_ACTIVITY','RECKLESS_CONDUCT','GANG_PARTICIPATION','CONFIDENTIAL_DISCLOSURE','DISHONESTY','OTHER'`;

export class VettingWorkflow1764100000000 implements MigrationInterface {
  name = 'VettingWorkflow1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE searcher_designations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        designated_by uuid NOT NULL REFERENCES users(id),
        designated_at timestamptz NOT NULL DEFAULT now(),
        acknowledged_at timestamptz NOT NULL,
        training_completed_on date NOT NULL,
        expires_on date NOT NULL,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users(id),
        revoke_reason text,
        CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX searcher_designations_one_current ON searcher_designations (user_id) WHERE revoked_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE hiring_processes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        description text,
        require_independent_validation boolean NOT NULL DEFAULT true,
        independence_relaxed_reason text,
        min_identity_matches integer NOT NULL DEFAULT 3 CHECK (min_identity_matches BETWEEN 1 AND 9),
        search_window_years integer NOT NULL DEFAULT 7 CHECK (search_window_years BETWEEN 1 AND 50),
        current_checklist_version_id uuid,
        checklist_locked_at timestamptz,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
        closed_at timestamptz,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (require_independent_validation OR independence_relaxed_reason IS NOT NULL),
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE checklist_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        version integer NOT NULL CHECK (version > 0),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (process_id, version)
      )`);
    await q.query(
      `ALTER TABLE hiring_processes ADD FOREIGN KEY (current_checklist_version_id) REFERENCES checklist_versions(id)`,
    );
    await q.query(`
      CREATE TABLE checklist_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version_id uuid NOT NULL REFERENCES checklist_versions(id),
        position integer NOT NULL,
        key text NOT NULL,
        title text NOT NULL,
        platform text NOT NULL,
        instructions text NOT NULL,
        search_terms text[] NOT NULL DEFAULT '{}',
        UNIQUE (version_id, key)
      )`);
    await q.query(`
      CREATE TABLE panel_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        user_id uuid NOT NULL REFERENCES users(id),
        added_by uuid NOT NULL REFERENCES users(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        removed_by uuid REFERENCES users(id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX panel_members_one_active ON panel_members (process_id, user_id) WHERE removed_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE process_searchers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        user_id uuid NOT NULL REFERENCES users(id),
        duty text NOT NULL CHECK (duty IN ('POOL','ASSIGNED','VALIDATOR','FILTER_REVIEWER')),
        first_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (process_id, user_id, duty)
      )`);
    await q.query(`
      CREATE TABLE candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        full_name text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}',
        date_of_birth date,
        city text,
        state text,
        email text,
        provided_handles text[] NOT NULL DEFAULT '{}',
        consent_recorded_at timestamptz NOT NULL,
        confidentiality_requested boolean NOT NULL DEFAULT false,
        final_candidate boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX candidates_process_idx ON candidates (process_id)`);
    await q.query(`
      CREATE TABLE vettings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        candidate_id uuid NOT NULL UNIQUE REFERENCES candidates(id),
        checklist_version_id uuid REFERENCES checklist_versions(id),
        status text NOT NULL DEFAULT 'NOT_ASSIGNED'
          CHECK (status IN ('NOT_ASSIGNED','ASSIGNED','IN_PROGRESS','SUBMITTED','RELEASED')),
        searcher_id uuid REFERENCES users(id),
        assigned_at timestamptz,
        started_at timestamptz,
        submitted_at timestamptz,
        released_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (status = 'NOT_ASSIGNED' OR searcher_id IS NOT NULL),
        CHECK (started_at IS NULL OR checklist_version_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX vettings_process_idx ON vettings (process_id)`);
    await q.query(`CREATE INDEX vettings_searcher_idx ON vettings (searcher_id)`);
    await q.query(`
      CREATE TABLE item_results (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vetting_id uuid NOT NULL REFERENCES vettings(id),
        item_key text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('FINDINGS','NO_FINDINGS','NOT_APPLICABLE','UNABLE')),
        searched_at timestamptz NOT NULL,
        method text NOT NULL CHECK (method IN (${METHODS})),
        search_terms text[] NOT NULL,
        notes text,
        searcher_id uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (vetting_id, item_key),
        CHECK (outcome IN ('FINDINGS','NO_FINDINGS') OR length(coalesce(notes, '')) > 0)
      )`);
    await q.query(`
      CREATE TABLE search_logs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vetting_id uuid NOT NULL REFERENCES vettings(id),
        item_key text NOT NULL,
        outcome text NOT NULL,
        searched_at timestamptz NOT NULL,
        method text NOT NULL CHECK (method IN (${METHODS})),
        search_terms text[] NOT NULL,
        searcher_id uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX search_logs_vetting_idx ON search_logs (vetting_id)`);
    await q.query(`
      CREATE TABLE findings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vetting_id uuid NOT NULL REFERENCES vettings(id),
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        item_key text NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        source_url text CHECK (source_url ~* '^https?://'),
        platform text NOT NULL,
        captured_at timestamptz NOT NULL,
        content_date date,
        method text NOT NULL CHECK (method IN (${METHODS})),
        category text NOT NULL CHECK (category IN (${CATEGORIES})),
        category_justification text,
        excerpt text,
        summary text NOT NULL,
        mitigation text,
        identity_matches jsonb NOT NULL DEFAULT '[]',
        text_version integer NOT NULL DEFAULT 1,
        purged_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (category <> 'OTHER' OR length(coalesce(category_justification, '')) > 0),
        CHECK (purged_at IS NOT NULL OR (source_url IS NOT NULL AND excerpt IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX findings_vetting_idx ON findings (vetting_id)`);
    await q.query(`CREATE INDEX findings_process_idx ON findings (process_id)`);
    await q.query(`
      CREATE TABLE evidence_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES findings(id),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint NOT NULL CHECK (size >= 0),
        content_type text NOT NULL,
        original_name text,
        storage_key text,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        purged_at timestamptz,
        CHECK ((storage_key IS NULL) = (purged_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX evidence_files_finding_idx ON evidence_files (finding_id)`);
    await q.query(`
      CREATE TABLE validations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        finding_id uuid NOT NULL REFERENCES findings(id),
        validator_id uuid NOT NULL REFERENCES users(id),
        status text NOT NULL CHECK (status IN ('VERIFIED','REFUTED','INCONCLUSIVE')),
        method text NOT NULL,
        notes text NOT NULL,
        self_validated boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(
      `CREATE INDEX validations_finding_idx ON validations (finding_id, created_at DESC)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'validations',
      'evidence_files',
      'findings',
      'search_logs',
      'item_results',
      'vettings',
      'candidates',
      'process_searchers',
      'panel_members',
      'checklist_items',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`ALTER TABLE hiring_processes DROP COLUMN current_checklist_version_id`);
    await q.query(`DROP TABLE checklist_versions`);
    await q.query(`DROP TABLE hiring_processes`);
    await q.query(`DROP TABLE searcher_designations`);
  }
}
