import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CandidateImportService } from './candidate-import.service';
import { ParticipantsService } from './participants.service';
import { ProcessesController } from './processes.controller';
import { ProcessesService } from './processes.service';

@Module({
  imports: [AuditModule],
  controllers: [ProcessesController],
  providers: [ProcessesService, ParticipantsService, CandidateImportService],
  exports: [ProcessesService],
})
export class ProcessesModule {}
