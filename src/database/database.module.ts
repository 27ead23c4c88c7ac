import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/**
 * Pending migrations are applied on start (`synchronize` is never used), under a session
 * advisory lock: when several processes start at once (two api replicas and a worker), one
 * applies them and the others wait, then find nothing left to do.
 */
async function migratedDataSource(options?: DataSourceOptions): Promise<DataSource> {
  const ds = await new DataSource(options!).initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.query(`SELECT pg_advisory_lock(hashtextextended('cybervet:migrations', 0))`);
    await ds.runMigrations();
  } catch (error) {
    await runner.release();
    await ds.destroy();
    throw error;
  }
  await runner
    .query(`SELECT pg_advisory_unlock(hashtextextended('cybervet:migrations', 0))`)
    .catch(() => undefined);
  await runner.release();
  return ds;
}

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.DATABASE_URL, {
          connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
          queryTimeoutMs: config.DB_QUERY_TIMEOUT_MS,
        }),
        migrationsRun: false,
        // Errors reach the client as 4xx/500 through the exception filter, which logs the 500s.
        logging: false,
      }),
      dataSourceFactory: migratedDataSource,
    }),
  ],
})
export class DatabaseModule {}
