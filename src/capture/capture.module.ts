import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AppConfig } from '../config/app-config';
import { FindingsModule } from '../findings/findings.module';
import { QUEUES } from '../queue/queue.module';
import { SigningModule } from '../signing/signing.module';
import { VettingsModule } from '../vettings/vettings.module';
import { CaptureController } from './capture.controller';
import { CaptureRunner } from './capture-runner.service';
import { CaptureService } from './capture.service';
import { UrlGuard } from './url-guard';

/**
 * Server captures: the logged-out browser, its network rules and the signed manifest. The job's
 * processor (CaptureProcessor) is registered by WorkersModule, with the rest of the background work.
 */
@Module({
  imports: [
    AuditModule,
    FindingsModule,
    VettingsModule,
    SigningModule,
    BullModule.registerQueue({ name: QUEUES.CAPTURE }),
  ],
  controllers: [CaptureController],
  providers: [
    CaptureService,
    CaptureRunner,
    {
      provide: UrlGuard,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new UrlGuard(config.capture),
    },
  ],
  exports: [CaptureRunner],
})
export class CaptureModule {}
