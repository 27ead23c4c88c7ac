import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';

/** One definition of the connection, shared by the app, the CLI and the TypeORM migration CLI. */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
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
    extra: { max: 20 },
  };
}
