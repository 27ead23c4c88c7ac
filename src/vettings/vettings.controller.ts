import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { VettingReadsService } from './vetting-reads.service';
import { VettingDetailView, VettingSummaryView } from './vetting-views';
import { AssignDto, ItemResultDto } from './vettings.dto';
import { VettingsService } from './vettings.service';

@ApiTags('vettings')
@Controller('vettings')
export class VettingsController {
  constructor(
    private readonly vettings: VettingsService,
    private readonly reads: VettingReadsService,
  ) {}

  @Get()
  @Roles(Role.SEARCHER, Role.ADMIN, Role.AUDITOR)
  list(@CurrentUser() caller: Caller): Promise<VettingSummaryView[]> {
    return this.reads.list(caller);
  }

  @Get(':id')
  @Roles(Role.SEARCHER, Role.ADMIN, Role.AUDITOR)
  get(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<VettingDetailView> {
    return this.reads.get(caller, id);
  }

  @Post(':id/assignment')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  async assign(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssignDto,
  ): Promise<VettingSummaryView> {
    return this.reads.summary(await this.vettings.assign(caller, id, dto.searcherId));
  }

  @Put(':id/items/:itemKey')
  @Roles(Role.SEARCHER)
  logItem(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemKey') itemKey: string,
    @Body() dto: ItemResultDto,
  ) {
    return this.vettings.logItem(caller, id, itemKey, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(Role.SEARCHER)
  async submit(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<VettingSummaryView> {
    return this.reads.summary(await this.vettings.submit(caller, id));
  }
}
