import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { QUEUES } from '../queue/queue.module';
import { ScreeningModule } from '../screening/screening.module';
import { PanelReportsService } from './panel-reports.service';
import { ReleaseService } from './release.service';
import { ReportsController } from './reports.controller';

@Module({
  imports: [AuditModule, ScreeningModule, BullModule.registerQueue({ name: QUEUES.REPORTS })],
  controllers: [ReportsController],
  providers: [ReleaseService, PanelReportsService],
  exports: [ReleaseService],
})
export class ReportsModule {}
