import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { CreateFindingDto, RawFindingView } from './findings.dto';
import { FindingsService } from './findings.service';

@ApiTags('findings')
@Controller('vettings/:id/findings')
export class VettingFindingsController {
  constructor(private readonly findings: FindingsService) {}

  /** The assigned searcher records a finding on their vetting. */
  @Post()
  @Roles(Role.SEARCHER)
  @ApiOperation({ summary: 'Record a finding on the vetting (the assigned searcher)' })
  @ApiCreatedResponse({ type: RawFindingView })
  @ApiUuidParams('id')
  @ApiErrors(
    [400, 'Bad input, or capturedAt/contentDate in the future'],
    404,
    [409, 'The vetting or its process no longer takes findings'],
    413,
    [422, 'A prohibited search method, or content older than the search window'],
  )
  create(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateFindingDto,
  ): Promise<RawFindingView> {
    return this.findings.create(caller, id, dto);
  }
}
