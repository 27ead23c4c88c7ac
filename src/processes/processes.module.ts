import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ParticipantsService } from './participants.service';
import { ProcessesController } from './processes.controller';
import { ProcessesService } from './processes.service';

@Module({
  imports: [AuditModule],
  controllers: [ProcessesController],
  providers: [ProcessesService, ParticipantsService],
  exports: [ProcessesService],
})
export class ProcessesModule {}
