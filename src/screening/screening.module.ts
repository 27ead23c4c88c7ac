import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FindingsModule } from '../findings/findings.module';
import { QUEUES } from '../queue/queue.module';
import { VettingsModule } from '../vettings/vettings.module';
import { FilterReviewService } from './filter-review.service';
import { FindingTextService } from './finding-text.service';
import { RescanNoticesService } from './rescan-notices.service';
import { RescanController } from './rescan.controller';
import { ScreeningToolsModule } from './screening-tools.module';
import { ScreeningController } from './screening.controller';
import { ScreeningService } from './screening.service';

@Module({
  imports: [
    AuditModule,
    FindingsModule,
    VettingsModule,
    ScreeningToolsModule,
    BullModule.registerQueue({ name: QUEUES.SCREENING }, { name: QUEUES.REPORTS }),
  ],
  controllers: [ScreeningController, RescanController],
  providers: [ScreeningService, FilterReviewService, FindingTextService, RescanNoticesService],
  exports: [ScreeningService, FilterReviewService, ScreeningToolsModule],
})
export class ScreeningModule {}
