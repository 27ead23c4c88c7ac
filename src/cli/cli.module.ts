import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { ScreeningToolsModule } from '../screening/screening-tools.module';
import { UsersModule } from '../users/users.module';

/** What the command-line tools need: the database and the services, no HTTP and no workers. */
@Module({ imports: [ConfigModule, DatabaseModule, AuditModule, UsersModule, ScreeningToolsModule] })
export class CliModule {}
