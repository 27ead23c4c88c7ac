import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '../queue/queue.module';
import { AuditBrowseService } from './audit-browse.service';
import { AuditController } from './audit.controller';
import { AuditModule } from './audit.module';

/** The auditor's routes. (The nightly verification job runs in the workers module.) */
@Module({
  imports: [AuditModule, BullModule.registerQueue({ name: QUEUES.AUDIT })],
  controllers: [AuditController],
  providers: [AuditBrowseService],
})
export class AuditHttpModule {}
