import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An administrator can set a temporary password; the account must then choose its own before it
 * may do anything else (the auth guard enforces it). Locked accounts are listed for the admin,
 * so the lock is found by an index rather than a scan.
 */
export class MustChangePassword1764430000000 implements MigrationInterface {
  name = 'MustChangePassword1764430000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`,
    );
    await q.query(
      `CREATE INDEX users_locked_until_idx ON users (locked_until) WHERE locked_until IS NOT NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX users_locked_until_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN must_change_password`);
  }
}
