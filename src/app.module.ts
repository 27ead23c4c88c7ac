import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { AuditHttpModule } from './audit/audit-http.module';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CaptureModule } from './capture/capture.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { loggerOptions } from './common/logger';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DesignationsModule } from './designations/designations.module';
import { FindingsModule } from './findings/findings.module';
import { HealthModule } from './health/health.module';
import { PolicyModule } from './policy/policy.module';
import { ProcessesModule } from './processes/processes.module';
import { QueueModule } from './queue/queue.module';
import { RecordsModule } from './records/records.module';
import { ReportsModule } from './reports/reports.module';
import { ScreeningModule } from './screening/screening.module';
import { UniformityModule } from './uniformity/uniformity.module';
import { BootstrapAdmin } from './users/bootstrap-admin';
import { UsersModule } from './users/users.module';
import { VettingsModule } from './vettings/vettings.module';
import { WorkModule } from './work/work.module';
import { WorkersModule } from './workers/workers.module';

/** Every feature module: the HTTP surface, the services, the queues (producers). */
const FEATURES = [
  ConfigModule,
  LoggerModule.forRootAsync({ inject: [AppConfig], useFactory: loggerOptions }),
  DatabaseModule,
  QueueModule,
  AuditModule,
  AuditHttpModule,
  AuthModule,
  UsersModule,
  AccessModule,
  DesignationsModule,
  ProcessesModule,
  VettingsModule,
  FindingsModule,
  CaptureModule,
  RecordsModule,
  UniformityModule,
  ScreeningModule,
  ReportsModule,
  PolicyModule,
  WorkModule,
  HealthModule,
];

/**
 * The whole service for one APP_ROLE: every process serves /health and can add jobs; the
 * background work (WorkersModule) is there only where the role runs workers.
 */
@Module({})
export class AppModule {
  static forRole(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [...FEATURES, WorkersModule.register(config)],
      providers: [{ provide: APP_FILTER, useClass: HttpExceptionFilter }, BootstrapAdmin],
    };
  }
}
