import { Module } from '@nestjs/common';
import { SigningModule } from '../signing/signing.module';
import { AuditAnchorService } from './audit-anchor.service';
import { AuditSequencer } from './audit-sequencer.service';
import { AuditVerificationService } from './audit-verification.service';
import { AuditService } from './audit.service';

/** The audit log itself: appending, sequencing, verifying and anchoring. No HTTP, no queue, so the CLI can use it. */
@Module({
  imports: [SigningModule],
  providers: [AuditService, AuditSequencer, AuditVerificationService, AuditAnchorService],
  exports: [AuditService, AuditSequencer, AuditVerificationService, AuditAnchorService],
})
export class AuditModule {}
