import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Role } from '../auth/role.enum';
import { AuditBrowseService } from './audit-browse.service';
import { AuditPage, AuditQueryDto } from './audit-query.dto';
import { AuditVerification } from './audit-verification.entity';
import { AuditVerificationService, VerificationReport } from './audit-verification.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly verification: AuditVerificationService,
    private readonly browsing: AuditBrowseService,
  ) {}

  /**
   * The audit log, filtered, oldest first, a page at a time: pass the returned `nextCursor`
   * as `cursor` for the next page (null when there is no more yet).
   */
  @Get()
  @Roles(Role.AUDITOR)
  browse(@Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.browsing.browse(query);
  }

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
