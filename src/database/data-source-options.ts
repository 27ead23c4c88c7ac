import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';

/** How long to wait on PostgreSQL before giving up (AppConfig's DB_CONNECT_TIMEOUT_MS / DB_QUERY_TIMEOUT_MS). */
export interface DatabaseTimeouts {
  connectTimeoutMs: number;
  queryTimeoutMs: number;
}

/** One definition of the connection, shared by the app, the CLI and the TypeORM migration CLI. */
export function dataSourceOptions(
  databaseUrl: string,
  timeouts?: DatabaseTimeouts,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    // Works from src/ (ts-node) and from dist/src/ (compiled): both sit two levels below migrations/.
    migrations: [join(__dirname, '..', '..', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    synchronize: false,
    // Every pending migration runs in one transaction: a failed migration leaves nothing behind.
    migrationsTransactionMode: 'all',
    extra: {
      max: 20,
      // A hung network must end in an error the request can answer (503), not an endless wait.
      ...(timeouts && {
        connectionTimeoutMillis: timeouts.connectTimeoutMs,
        query_timeout: timeouts.queryTimeoutMs,
      }),
      // TCP keepalive lets the pool notice a dead link to the server and replace that connection.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    },
  };
}
