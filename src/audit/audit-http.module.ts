import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '../queue/queue.module';
import { AuditBrowseService } from './audit-browse.service';
import { AuditAnchorRequests } from './audit-anchor.requests';
import { AuditController } from './audit.controller';
import { AuditModule } from './audit.module';

/**
 * The auditor's routes, and the request for a checkpoint after a verification. The nightly
 * verification job, the checkpoint job and the sequencer run in the workers module.
 */
@Module({
  imports: [AuditModule, BullModule.registerQueue({ name: QUEUES.AUDIT })],
  controllers: [AuditController],
  providers: [AuditBrowseService, AuditAnchorRequests],
})
export class AuditHttpModule {}
