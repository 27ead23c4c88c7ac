import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidateImportService } from './candidate-import.service';
import { ParticipantsService } from './participants.service';
import { ProcessAdminController } from './process-admin.controller';
import { ProcessSettingsService } from './process-settings.service';
import { ProcessesController } from './processes.controller';
import { ProcessesService } from './processes.service';

@Module({
  imports: [AuditModule],
  controllers: [ProcessesController, ProcessAdminController],
  providers: [
    ProcessesService,
    ProcessSettingsService,
    ParticipantsService,
    CandidateImportService,
  ],
  exports: [ProcessesService],
})
export class ProcessesModule {}
