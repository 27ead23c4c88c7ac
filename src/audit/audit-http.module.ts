import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '../queue/queue.module';
import { AuditBrowseService } from './audit-browse.service';
import { AuditController } from './audit.controller';
import { AuditModule } from './audit.module';
import { AuditVerifyProcessor, AuditVerifyScheduler } from './audit-verify.processor';

/** The auditor's routes and the nightly verification job. */
@Module({
  imports: [AuditModule, BullModule.registerQueue({ name: QUEUES.AUDIT })],
  controllers: [AuditController],
  providers: [AuditBrowseService, AuditVerifyProcessor, AuditVerifyScheduler],
})
export class AuditHttpModule {}
