import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RescanService } from './rescan.service';

/** The rescan alone (no queues, no workers), so the command-line tool can load it. */
@Module({ imports: [AuditModule], providers: [RescanService], exports: [RescanService] })
export class RescanModule {}
