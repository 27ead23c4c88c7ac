import {
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  StreamableFile,
} from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { PanelReportDto } from './panel-report.dto';
import { PanelReportsService } from './panel-reports.service';
import { ReleaseRequestView, ReleaseStatusView } from './release.dto';
import { ReleaseService } from './release.service';
import { renderReportPdf } from './report-pdf';

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(
    private readonly releases: ReleaseService,
    private readonly panel: PanelReportsService,
  ) {}

  /** Checks every gate and queues the compilation of a new immutable report version (202). */
  @Post('vettings/:id/release')
  @HttpCode(202)
  @Roles(Role.SEARCHER, Role.ADMIN)
  @ApiOperation({
    summary: 'Request a release; while one is pending, the same pending release is returned',
  })
  @ApiAcceptedResponse({ type: ReleaseRequestView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, [409, 'A release gate is not met (the message lists them)'])
  async release(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ReleaseRequestView> {
    const r = await this.releases.request(caller, id);
    return { id: r.id, vettingId: r.vettingId, status: r.status };
  }

  @Get('report-releases/:id')
  @Roles(Role.SEARCHER, Role.ADMIN)
  @ApiOperation({ summary: 'Status of a release: PENDING, DONE (with the version) or FAILED' })
  @ApiOkResponse({ type: ReleaseStatusView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  releaseStatus(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<ReleaseStatusView> {
    return this.releases.status(caller, id);
  }

  @Get('processes/:id/reports')
  @Roles(Role.PANEL)
  @ApiOperation({ summary: 'The released reports of a process whose panel the caller sits on' })
  @ApiOkResponse({ type: PanelReportDto, isArray: true })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  list(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PanelReportDto[]> {
    return this.panel.list(caller, id);
  }

  @Get('reports/:id')
  @Roles(Role.PANEL)
  @ApiOperation({ summary: 'One released report version, as the panel may see it' })
  @ApiOkResponse({ type: PanelReportDto })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  get(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PanelReportDto> {
    return this.panel.get(caller, id);
  }

  @Get('reports/:id/pdf')
  @Header('Cache-Control', 'no-store')
  @Roles(Role.PANEL)
  @ApiOperation({
    summary: 'The same report as a PDF (audited as a report view with format "pdf")',
  })
  @ApiOkResponse({
    description:
      'The report as the panel may see it; version, release time and SHA-256 on every page',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  async pdf(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<StreamableFile> {
    const report = await this.panel.get(caller, id, 'pdf');
    const bytes = await renderReportPdf(report);
    const name = `report-${report.candidate.name.replace(/[^A-Za-z0-9]+/g, '-')}-v${report.version}.pdf`;
    return new StreamableFile(bytes, {
      type: 'application/pdf',
      disposition: `attachment; filename="${name}"`,
      length: bytes.length,
    });
  }
}
