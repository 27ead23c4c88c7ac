import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { DetectorMissesService } from './detector-misses.service';
import { RescanService } from './rescan.service';

/**
 * The screening tools the command line runs (the rescan, the misses reviewers recorded): no
 * queues and no workers, so a command can load them beside a running server.
 */
@Module({
  imports: [AuditModule],
  providers: [RescanService, DetectorMissesService],
  exports: [RescanService, DetectorMissesService],
})
export class ScreeningToolsModule {}
