import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FindingsModule } from '../findings/findings.module';
import { QUEUES } from '../queue/queue.module';
import { VettingsModule } from '../vettings/vettings.module';
import { FilterReviewService } from './filter-review.service';
import { FindingTextService } from './finding-text.service';
import { ScreeningController } from './screening.controller';
import { ScreeningService } from './screening.service';

@Module({
  imports: [
    AuditModule,
    FindingsModule,
    VettingsModule,
    BullModule.registerQueue({ name: QUEUES.SCREENING }, { name: QUEUES.REPORTS }),
  ],
  controllers: [ScreeningController],
  providers: [ScreeningService, FilterReviewService, FindingTextService],
  exports: [ScreeningService, FilterReviewService],
})
export class ScreeningModule {}
