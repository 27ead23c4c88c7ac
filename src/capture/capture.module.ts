import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AppConfig } from '../config/app-config';
import { FindingsModule } from '../findings/findings.module';
import { QUEUES } from '../queue/queue.module';
import { SigningModule } from '../signing/signing.module';
import { VettingsModule } from '../vettings/vettings.module';
import { CaptureController } from './capture.controller';
import { CaptureProcessor } from './capture.processor';
import { CaptureRunner } from './capture-runner.service';
import { CaptureService } from './capture.service';
import { UrlGuard } from './url-guard';

/** Server captures: the logged-out browser, its network rules and the signed manifest. */
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
    CaptureProcessor,
    {
      provide: UrlGuard,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => new UrlGuard(config.capture),
    },
  ],
  exports: [CaptureRunner],
})
export class CaptureModule {}
