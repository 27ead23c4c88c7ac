import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** One name per distinct statement text, so a name is never reused for another statement. */
const names = new Map<string, string>();

/**
 * Runs one statement as a named prepared statement on the application's own connection pool:
 * PostgreSQL parses and plans it once per connection instead of on every call, and TypeORM's
 * query runner is skipped. For the few statements every request runs (the token check, the
 * panel's audited read; npm run bench:api). Outside any transaction: each call is its own.
 * Errors are node-postgres's own, which the exception filter reads the same way.
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<T[]> {
  let name = names.get(text);
  if (name === undefined) {
    name = `cybervet_${names.size + 1}`;
    names.set(text, name);
  }
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const result = await pool.query({ name, text, values });
  return result.rows as T[];
}
