import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '../queue/queue.module';
import { AuditBrowseService } from './audit-browse.service';
import { AuditAnchorRequests } from './audit-anchor.requests';
import { AuditSequencerLoop } from './audit-sequencer.loop';
import { AuditController } from './audit.controller';
import { AuditModule } from './audit.module';
import { AuditVerifyProcessor, AuditVerifyScheduler } from './audit-verify.processor';

/** The auditor's routes, the nightly verification job and the sequencer's timer. */
@Module({
  imports: [AuditModule, BullModule.registerQueue({ name: QUEUES.AUDIT })],
  controllers: [AuditController],
  providers: [
    AuditBrowseService,
    AuditVerifyProcessor,
    AuditVerifyScheduler,
    AuditSequencerLoop,
    AuditAnchorRequests,
  ],
})
export class AuditHttpModule {}
