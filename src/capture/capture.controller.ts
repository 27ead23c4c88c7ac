import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { CaptureView, CreateCaptureDto } from './capture.dto';
import { CaptureService } from './capture.service';

@ApiTags('findings')
@Controller('findings')
export class CaptureController {
  constructor(private readonly captures: CaptureService) {}

  @Post(':id/captures')
  @Roles(Role.SEARCHER)
  @HttpCode(202)
  @ApiOperation({
    summary:
      "Ask the server to open the URL in its own logged-out browser and seal what it saw as evidence (the finding's assigned searcher; audited)",
  })
  @ApiAcceptedResponse({ type: CaptureView, description: 'Queued: the capture is PENDING' })
  @ApiUuidParams('id')
  @ApiErrors(
    400,
    404,
    [409, 'The vetting was submitted, the process closed, or the finding purged'],
    [422, 'The URL is not one the server may open (scheme, port, address)'],
  )
  request(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateCaptureDto,
  ): Promise<CaptureView> {
    return this.captures.request(caller, id, dto);
  }

  @Get(':id/captures')
  @Roles(Role.SEARCHER)
  @ApiOperation({
    summary:
      "The finding's server captures, newest first, with status, reason and signed manifest (designated searchers of the process; audited)",
  })
  @ApiOkResponse({ type: [CaptureView] })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  list(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CaptureView[]> {
    return this.captures.list(caller, id);
  }
}
