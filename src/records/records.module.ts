import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FindingsModule } from '../findings/findings.module';
import { ProcessesModule } from '../processes/processes.module';
import { SigningModule } from '../signing/signing.module';
import { ExportBuilderService } from './export-builder.service';
import { ExportsController } from './exports.controller';
import { ExportsService, RECORDS_QUEUE } from './exports.service';
import { LegalHoldsController } from './legal-holds.controller';
import { LegalHoldsService } from './legal-holds.service';
import { CandidateRecordsController, ProcessClosingController } from './process-records.controller';
import { ProcessRecordsService } from './process-records.service';
import { RecordsRequestsController } from './records-requests.controller';
import { RecordsRequestsService } from './records-requests.service';
import { RecordsScopeService } from './records-scope.service';
import { RecordsCandidatesController } from './records-candidates.controller';
import { RetentionController } from './retention.controller';
import { RetentionService } from './retention.service';

/** Records: closing, retention and its purge, legal holds, records requests, export bundles. */
@Module({
  imports: [
    AuditModule,
    ProcessesModule,
    FindingsModule,
    SigningModule,
    BullModule.registerQueue({ name: RECORDS_QUEUE }),
  ],
  controllers: [
    ProcessClosingController,
    CandidateRecordsController,
    RetentionController,
    LegalHoldsController,
    RecordsRequestsController,
    ExportsController,
    RecordsCandidatesController,
  ],
  providers: [
    RecordsScopeService,
    ProcessRecordsService,
    RetentionService,
    LegalHoldsService,
    RecordsRequestsService,
    ExportBuilderService,
    ExportsService,
  ],
  exports: [RetentionService, ExportsService],
})
export class RecordsModule {}
