import { Pool, PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** One name per distinct statement text, so a name is never reused for another statement. */
const names = new Map<string, string>();

/**
 * Runs one statement as a named prepared statement: PostgreSQL parses and plans it once per
 * connection instead of on every call, and TypeORM's query runner is skipped. For the few
 * statements every request runs (the token check, the panel's audited read, the audit append;
 * npm run bench:api and bench:audit). Given a transaction's EntityManager, it runs on that
 * transaction's connection; given the DataSource, on the pool, as a statement of its own.
 * Errors are node-postgres's own, which the exception filter reads the same way.
 */
export async function preparedQuery<T>(
  on: DataSource | EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  let name = names.get(text);
  if (name === undefined) {
    name = `cybervet_${names.size + 1}`;
    names.set(text, name);
  }
  const client =
    on instanceof DataSource
      ? ((on.driver as PostgresDriver).master as Pool)
      : ((await on.queryRunner!.connect()) as PoolClient);
  const result = await client.query({ name, text, values });
  return result.rows as T[];
}
