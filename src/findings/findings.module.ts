import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { AuditModule } from '../audit/audit.module';
import { AppConfig } from '../config/app-config';
import { VettingsModule } from '../vettings/vettings.module';
import { EvidenceDownloadService } from './evidence-download.service';
import { EvidenceStore } from './evidence-store';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';
import { FindingTextHooks } from './finding-text.hooks';
import { FindingsController } from './findings.controller';
import { FindingsService } from './findings.service';
import { ValidationsService } from './validations.service';
import { VettingFindingsController } from './vetting-findings.controller';

@Module({
  imports: [
    AuditModule,
    VettingsModule,
    // One file per upload, at most EVIDENCE_MAX_BYTES (multer's limit becomes a 413).
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        storage: memoryStorage(),
        limits: { files: 1, fields: 0, fileSize: config.EVIDENCE_MAX_BYTES },
      }),
    }),
  ],
  controllers: [FindingsController, VettingFindingsController, EvidenceController],
  providers: [
    FindingsService,
    EvidenceService,
    EvidenceDownloadService,
    ValidationsService,
    EvidenceStore,
    FindingTextHooks,
  ],
  exports: [FindingsService, EvidenceStore, FindingTextHooks],
})
export class FindingsModule {}
