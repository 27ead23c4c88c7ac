import { Module } from '@nestjs/common';
import { AuditVerificationService } from './audit-verification.service';
import { AuditService } from './audit.service';

/** The audit log itself: appending and verifying. No HTTP, no queue, so the CLI can use it. */
@Module({
  providers: [AuditService, AuditVerificationService],
  exports: [AuditService, AuditVerificationService],
})
export class AuditModule {}
