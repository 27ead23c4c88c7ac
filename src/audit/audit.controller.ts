import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Role } from '../auth/role.enum';
import { AuditVerification } from './audit-verification.entity';
import { AuditVerificationService, VerificationReport } from './audit-verification.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly verification: AuditVerificationService) {}

  /** Walks the whole chain now and compares it with the last recorded head. */
  @Get('verify')
  @Roles(Role.AUDITOR)
  verify(): Promise<VerificationReport> {
    return this.verification.verify();
  }

  /** The recorded results of earlier runs (nightly and manual), newest first, with head hashes. */
  @Get('verifications')
  @Roles(Role.AUDITOR)
  history(): Promise<AuditVerification[]> {
    return this.verification.history();
  }
}
