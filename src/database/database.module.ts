import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.DATABASE_URL, {
          connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
          queryTimeoutMs: config.DB_QUERY_TIMEOUT_MS,
        }),
        // Pending migrations are applied on start; `synchronize` is never used.
        migrationsRun: true,
        // Errors reach the client as 4xx/500 through the exception filter, which logs the 500s.
        logging: false,
      }),
    }),
  ],
})
export class DatabaseModule {}
