import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CaptureModule } from '../capture/capture.module';
import { CaptureProcessor } from '../capture/capture.processor';
import { AuditSequencerLoop } from '../audit/audit-sequencer.loop';
import { AuditVerifyProcessor, AuditVerifyScheduler } from '../audit/audit-verify.processor';
import { AppConfig } from '../config/app-config';
import { QUEUES } from '../queue/queue.module';
import { configureWorkerTimings } from '../queue/worker-options';
import { RECORDS_QUEUE } from '../records/exports.service';
import { RecordsProcessor, RecordsScheduler } from '../records/records.processor';
import { RecordsModule } from '../records/records.module';
import { ReportsModule } from '../reports/reports.module';
import { ReportsProcessor } from '../reports/reports.processor';
import { OutboxRelay } from '../screening/outbox-relay';
import { ScreeningModule } from '../screening/screening.module';
import { ScreeningProcessor } from '../screening/screening.processor';

/**
 * Every piece of background work, in one place: the queue processors (scans, report compilation,
 * exports, the retention purge, the audit verification and checkpoints, server captures), the audit
 * sequencer, the job schedulers and the outbox relay.
 * Only a process whose APP_ROLE runs workers (`worker`, `all`) imports it; an `api` process keeps
 * the queues (it adds jobs) but never consumes one, schedules one or polls the outbox.
 */
@Module({})
export class WorkersModule {
  static register(
    config: Pick<AppConfig, 'runsWorkers' | 'QUEUE_LOCK_MS' | 'QUEUE_STALLED_INTERVAL_MS'>,
  ): DynamicModule {
    if (!config.runsWorkers) return { module: WorkersModule };
    configureWorkerTimings(config);
    return {
      module: WorkersModule,
      imports: [
        AuditModule,
        CaptureModule,
        RecordsModule,
        ReportsModule,
        ScreeningModule,
        BullModule.registerQueue(
          { name: QUEUES.AUDIT },
          { name: QUEUES.SCREENING },
          { name: QUEUES.REPORTS },
          { name: RECORDS_QUEUE },
          { name: QUEUES.CAPTURE },
        ),
      ],
      providers: [
        AuditVerifyProcessor,
        AuditVerifyScheduler,
        AuditSequencerLoop,
        ScreeningProcessor,
        OutboxRelay,
        ReportsProcessor,
        RecordsProcessor,
        RecordsScheduler,
        CaptureProcessor,
      ],
      exports: [OutboxRelay],
    };
  }
}
