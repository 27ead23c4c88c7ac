import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { PanelReportDto } from './panel-report.dto';
import { PanelReportsService } from './panel-reports.service';
import { ReleaseService } from './release.service';

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
  async release(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    const r = await this.releases.request(caller, id);
    return { id: r.id, vettingId: r.vettingId, status: r.status };
  }

  @Get('report-releases/:id')
  @Roles(Role.SEARCHER, Role.ADMIN)
  releaseStatus(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.releases.status(caller, id);
  }

  @Get('processes/:id/reports')
  @Roles(Role.PANEL)
  list(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PanelReportDto[]> {
    return this.panel.list(caller, id);
  }

  @Get('reports/:id')
  @Roles(Role.PANEL)
  get(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<PanelReportDto> {
    return this.panel.get(caller, id);
  }
}
