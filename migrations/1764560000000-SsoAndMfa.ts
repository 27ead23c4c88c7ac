import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on (OpenID Connect) and TOTP for local accounts: the identity a user is linked
 * to, their authenticator secret and last used time step (no code reuse), hashed one-time
 * recovery codes, how each browser session signed in, and the short-lived state of an SSO
 * redirect. An account created by SSO auto-provisioning holds no role until an admin grants one.
 */
export class SsoAndMfa1764560000000 implements MigrationInterface {
  name = 'SsoAndMfa1764560000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN oidc_issuer text,
        ADD COLUMN oidc_subject text,
        ADD COLUMN totp_secret text,
        ADD COLUMN totp_pending_secret text,
        ADD COLUMN totp_enabled_at timestamptz,
        ADD COLUMN totp_last_step bigint,
        ADD CONSTRAINT users_oidc_identity_key UNIQUE (oidc_issuer, oidc_subject),
        ADD CONSTRAINT users_oidc_identity_pair CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL)),
        ADD CONSTRAINT users_totp_enabled CHECK ((totp_enabled_at IS NULL) = (totp_secret IS NULL))`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_roles_check`);
    await q.query(`
      ALTER TABLE users ADD CONSTRAINT users_roles_check CHECK (
        roles <@ ARRAY['ADMIN','SEARCHER','PANEL','AUDITOR','RECORDS_CUSTODIAN']::text[])`);
    await q.query(`
      CREATE TABLE mfa_recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await q.query(
      `CREATE INDEX mfa_recovery_codes_unused_idx ON mfa_recovery_codes (user_id) WHERE used_at IS NULL`,
    );
    await q.query(`
      ALTER TABLE sessions
        ADD COLUMN auth_method text NOT NULL DEFAULT 'PASSWORD' CHECK (auth_method IN ('PASSWORD', 'OIDC')),
        ADD COLUMN oidc_id_token text`);
    await q.query(`
      CREATE TABLE oidc_flows (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- SHA-256 of the browser's flow cookie: the callback must come back to the same browser.
        binding_hash char(64) NOT NULL UNIQUE,
        state text NOT NULL,
        nonce text NOT NULL,
        code_verifier text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE oidc_flows`);
    await q.query(`ALTER TABLE sessions DROP COLUMN oidc_id_token, DROP COLUMN auth_method`);
    await q.query(`DROP TABLE mfa_recovery_codes`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_roles_check`);
    await q.query(`
      ALTER TABLE users ADD CONSTRAINT users_roles_check CHECK (
        cardinality(roles) > 0 AND
        roles <@ ARRAY['ADMIN','SEARCHER','PANEL','AUDITOR','RECORDS_CUSTODIAN']::text[])`);
    await q.query(`
      ALTER TABLE users
        DROP CONSTRAINT users_totp_enabled, DROP CONSTRAINT users_oidc_identity_pair,
        DROP CONSTRAINT users_oidc_identity_key,
        DROP COLUMN totp_last_step, DROP COLUMN totp_enabled_at, DROP COLUMN totp_pending_secret,
        DROP COLUMN totp_secret, DROP COLUMN oidc_subject, DROP COLUMN oidc_issuer`);
  }
}
