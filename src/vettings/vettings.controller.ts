import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { VettingReadsService } from './vetting-reads.service';
import { VettingDetailView, VettingSummaryView } from './vetting-views';
import { AssignDto, ItemResultDto, ItemResultView } from './vettings.dto';
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
  @ApiOperation({ summary: 'The vettings the caller may see' })
  @ApiOkResponse({ type: VettingSummaryView, isArray: true })
  list(@CurrentUser() caller: Caller): Promise<VettingSummaryView[]> {
    return this.reads.list(caller);
  }

  @Get(':id')
  @Roles(Role.SEARCHER, Role.ADMIN, Role.AUDITOR)
  @ApiOperation({
    summary: 'One vetting with its checklist items and findings (raw for its searcher)',
  })
  @ApiOkResponse({ type: VettingDetailView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  get(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<VettingDetailView> {
    return this.reads.get(caller, id);
  }

  @Post(':id/assignment')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Assign the vetting to a searcher' })
  @ApiOkResponse({ type: VettingSummaryView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, [409, 'Not an active searcher, or the vetting was already submitted'], 413)
  async assign(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AssignDto,
  ): Promise<VettingSummaryView> {
    return this.reads.summary(await this.vettings.assign(caller, id, dto.searcherId));
  }

  @Put(':id/items/:itemKey')
  @Roles(Role.SEARCHER)
  @ApiOperation({ summary: 'Log the result of searching one checklist item' })
  @ApiOkResponse({ type: ItemResultView })
  @ApiUuidParams('id')
  @ApiErrors(
    [400, 'Bad input, or searchedAt in the future'],
    [404, 'No such vetting for the caller, or the item is not on its checklist'],
    [409, 'The vetting is submitted, or is not on the current checklist version'],
    413,
    [422, 'A prohibited search method'],
  )
  @ApiParam({ name: 'itemKey', type: String, description: 'The checklist item key' })
  logItem(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('itemKey') itemKey: string,
    @Body() dto: ItemResultDto,
  ): Promise<ItemResultView> {
    return this.vettings.logItem(caller, id, itemKey, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles(Role.SEARCHER)
  @ApiOperation({ summary: 'Submit the vetting once every checklist item is resolved' })
  @ApiOkResponse({ type: VettingSummaryView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, [409, 'Items are unresolved, or the vetting cannot be submitted now'])
  async submit(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<VettingSummaryView> {
    return this.reads.summary(await this.vettings.submit(caller, id));
  }
}
