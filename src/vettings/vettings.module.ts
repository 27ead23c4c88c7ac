import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { VettingReadsService } from './vetting-reads.service';
import { VettingsController } from './vettings.controller';
import { VettingsService } from './vettings.service';

@Module({
  imports: [AuditModule],
  controllers: [VettingsController],
  providers: [VettingsService, VettingReadsService],
  exports: [VettingsService, VettingReadsService],
})
export class VettingsModule {}
