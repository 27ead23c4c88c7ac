import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Role } from '../auth/role.enum';
import { AnchorView } from './audit-anchor.dto';
import { AuditAnchorRequests } from './audit-anchor.requests';
import { AuditAnchorService, ListedCheckpoint } from './audit-anchor.service';
import { AuditBrowseService } from './audit-browse.service';
import { VerificationReportView, VerificationRunView } from './audit.dto';
import { AuditPage, AuditQueryDto } from './audit-query.dto';
import { AuditVerificationService } from './audit-verification.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly verification: AuditVerificationService,
    private readonly browsing: AuditBrowseService,
    private readonly anchors: AuditAnchorService,
    private readonly anchorRequests: AuditAnchorRequests,
  ) {}

  /**
   * The audit log, filtered, oldest first, a page at a time: pass the returned `nextCursor`
   * as `cursor` for the next page (null when there is no more yet).
   */
  @Get()
  @Roles(Role.AUDITOR)
  @ApiOperation({ summary: 'Browse the audit log, filtered, oldest first, a page at a time' })
  @ApiOkResponse({ type: AuditPage })
  @ApiErrors(400)
  browse(@Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.browsing.browse(query);
  }

  /**
   * Walks the whole chain now and compares it with the last recorded head. The run is
   * recorded in the history (trigger MANUAL), like the nightly and CLI runs.
   */
  @Get('verify')
  @Roles(Role.AUDITOR)
  @ApiOperation({
    summary: 'Verify the whole hash chain now, against the last recorded head (recorded)',
  })
  @ApiOkResponse({ type: VerificationReportView })
  async verify(): Promise<VerificationReportView> {
    const report = await this.verification.verifyNow();
    this.anchorRequests.afterVerification(report);
    return report;
  }

  /** "Verify now" from the web page: the same recorded run as GET /api/audit/verify. */
  @Post('verify')
  @HttpCode(200)
  @Roles(Role.AUDITOR)
  @ApiOperation({ summary: 'Verify the whole hash chain now and record the run in the history' })
  @ApiOkResponse({ type: VerificationReportView })
  @ApiErrors(403)
  async verifyNow(): Promise<VerificationReportView> {
    const report = await this.verification.verifyNow();
    this.anchorRequests.afterVerification(report);
    return report;
  }

  /**
   * The signed checkpoints of the chain kept outside the database (AUDIT_ANCHOR_DIR), newest
   * first: check them with `npm run cli -- audit:verify --anchors DIR`.
   */
  @Get('anchors')
  @Roles(Role.AUDITOR)
  @ApiOperation({ summary: 'Signed checkpoints of the chain, kept outside the database' })
  @ApiOkResponse({ type: AnchorView, isArray: true })
  listAnchors(): Promise<ListedCheckpoint[]> {
    return this.anchors.list();
  }

  /** The recorded results of earlier runs (nightly and manual), newest first, with head hashes. */
  @Get('verifications')
  @Roles(Role.AUDITOR)
  @ApiOperation({ summary: 'Recorded verification runs, newest first' })
  @ApiOkResponse({ type: VerificationRunView, isArray: true })
  history(): Promise<VerificationRunView[]> {
    return this.verification.history();
  }
}
