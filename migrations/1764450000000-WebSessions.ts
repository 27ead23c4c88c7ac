import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Browser sessions for the web application, kept server-side so an idle lock or a sign-out
 * holds across processes; and the filter reviewer's confirmation that every field was read.
 */
export class WebSessions1764450000000 implements MigrationInterface {
  name = 'WebSessions1764450000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        -- SHA-256 of the cookie value: a copy of this table does not hand out live sessions.
        token_hash char(64) NOT NULL UNIQUE,
        token_version integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_activity_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoke_reason text CHECK (revoke_reason IN ('SIGNED_OUT', 'IDLE')),
        CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
    await q.query(`ALTER TABLE filter_reviews ADD COLUMN read_all_fields_confirmed_at timestamptz`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE filter_reviews DROP COLUMN read_all_fields_confirmed_at`);
    await q.query(`DROP TABLE sessions`);
  }
}
