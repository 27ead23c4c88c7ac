import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Records: legal holds, open-records requests, purge tombstones and export bundles.
 * Holds and requests name their subject with real foreign keys (process, and candidate when the
 * scope is one candidate), so a hold can never point at nothing.
 */
export class Records1764300000000 implements MigrationInterface {
  name = 'Records1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legal_holds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_type text NOT NULL CHECK (subject_type IN ('PROCESS','CANDIDATE')),
        subject_id uuid NOT NULL,
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        candidate_id uuid REFERENCES candidates(id),
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 5000),
        reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        released_at timestamptz,
        released_by uuid REFERENCES users(id),
        release_reason text CHECK (length(release_reason) BETWEEN 1 AND 5000),
        CHECK (
          (subject_type = 'PROCESS' AND candidate_id IS NULL AND subject_id = process_id) OR
          (subject_type = 'CANDIDATE' AND candidate_id IS NOT NULL AND subject_id = candidate_id)),
        CHECK ((released_at IS NULL) = (released_by IS NULL) AND (released_at IS NULL) = (release_reason IS NULL))
      )`);
    await q.query(
      `CREATE INDEX legal_holds_active_idx ON legal_holds (process_id, candidate_id) WHERE released_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE records_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requester text NOT NULL CHECK (length(requester) BETWEEN 1 AND 200),
        received_at timestamptz NOT NULL,
        scope jsonb NOT NULL,
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        candidate_id uuid REFERENCES candidates(id),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','FULFILLED','DENIED','CLOSED')),
        status_note text,
        status_changed_at timestamptz,
        status_changed_by uuid REFERENCES users(id),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(
      `CREATE INDEX records_requests_open_idx ON records_requests (process_id, candidate_id) WHERE status = 'OPEN'`,
    );

    await q.query(`
      CREATE TABLE purge_tombstones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_type text NOT NULL CHECK (subject_type IN ('FINDING_EXCERPT','FINDING_URL','EVIDENCE_FILE')),
        subject_id uuid NOT NULL,
        finding_id uuid NOT NULL REFERENCES findings(id),
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        rule text NOT NULL CHECK (length(rule) > 0),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        removed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        -- each raw item is removed once: a second purge run cannot add a second tombstone
        UNIQUE (subject_type, subject_id),
        CHECK (subject_type = 'EVIDENCE_FILE' OR subject_id = finding_id)
      )`);
    await q.query(`CREATE INDEX purge_tombstones_finding_idx ON purge_tombstones (finding_id)`);
    await q.query(`CREATE INDEX purge_tombstones_process_idx ON purge_tombstones (process_id)`);
    await q.query(`
      CREATE FUNCTION purge_tombstones_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'purge tombstones are permanent: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER purge_tombstones_no_change BEFORE UPDATE OR DELETE ON purge_tombstones
      FOR EACH ROW EXECUTE FUNCTION purge_tombstones_immutable()`);
    await q.query(`
      CREATE TRIGGER purge_tombstones_no_truncate BEFORE TRUNCATE ON purge_tombstones
      FOR EACH STATEMENT EXECUTE FUNCTION purge_tombstones_immutable()`);

    await q.query(`
      CREATE TABLE exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('E_DISCOVERY','PUBLIC_RELEASE')),
        scope jsonb NOT NULL,
        process_id uuid NOT NULL REFERENCES hiring_processes(id),
        candidate_id uuid REFERENCES candidates(id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','RUNNING','DONE','FAILED')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        file_path text,
        sha256 char(64) CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size bigint CHECK (size >= 0),
        file_count integer CHECK (file_count >= 0),
        error text,
        attempts integer NOT NULL DEFAULT 0,
        requested_by uuid NOT NULL REFERENCES users(id),
        requested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        started_at timestamptz,
        finished_at timestamptz,
        CHECK (status <> 'DONE' OR (file_path IS NOT NULL AND sha256 IS NOT NULL AND size IS NOT NULL AND progress = 100 AND finished_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX exports_requested_at_idx ON exports (requested_at DESC)`);
    await q.query(
      `CREATE INDEX exports_unfinished_idx ON exports (id) WHERE status IN ('PENDING','RUNNING')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE exports`);
    await q.query(`DROP TABLE purge_tombstones`);
    await q.query(`DROP FUNCTION purge_tombstones_immutable`);
    await q.query(`DROP TABLE records_requests`);
    await q.query(`DROP TABLE legal_holds`);
  }
}
