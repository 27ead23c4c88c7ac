import { Module } from '@nestjs/common';
import { AuditSequencer } from './audit-sequencer.service';
import { AuditVerificationService } from './audit-verification.service';
import { AuditService } from './audit.service';

/** The audit log itself: appending, sequencing and verifying. No HTTP, no queue, so the CLI can use it. */
@Module({
  providers: [AuditService, AuditSequencer, AuditVerificationService],
  exports: [AuditService, AuditSequencer, AuditVerificationService],
})
export class AuditModule {}
