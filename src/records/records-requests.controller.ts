import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import {
  CreateRecordsRequestDto,
  RecordsRequestView,
  UpdateRecordsRequestDto,
} from './records.dto';
import { RecordsRequestsService } from './records-requests.service';

@ApiTags('records')
@Controller('records-requests')
export class RecordsRequestsController {
  constructor(private readonly requests: RecordsRequestsService) {}

  /** Logs an open-records request; while OPEN it holds its scope (Wis. Stat. 19.35(5)). */
  @Post()
  @Roles(Role.RECORDS_CUSTODIAN)
  @ApiOperation({ summary: 'Log an open-records request (while OPEN it holds its scope)' })
  @ApiCreatedResponse({ type: RecordsRequestView })
  @ApiErrors(
    [400, 'Bad input, or receivedAt in the future'],
    [404, 'The process or candidate of the scope does not exist'],
    413,
    [422, 'scope.candidateId is not a candidate of scope.processId'],
  )
  create(
    @CurrentUser() caller: Caller,
    @Body() dto: CreateRecordsRequestDto,
  ): Promise<RecordsRequestView> {
    return this.requests.create(caller, dto);
  }

  @Get()
  @Roles(Role.RECORDS_CUSTODIAN)
  @ApiOperation({ summary: 'Open-records requests' })
  @ApiOkResponse({ type: RecordsRequestView, isArray: true })
  list(): Promise<RecordsRequestView[]> {
    return this.requests.list();
  }

  @Patch(':id')
  @Roles(Role.RECORDS_CUSTODIAN)
  @ApiOperation({ summary: "Change an open-records request's status" })
  @ApiOkResponse({ type: RecordsRequestView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, 413)
  update(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateRecordsRequestDto,
  ): Promise<RecordsRequestView> {
    return this.requests.update(caller, id, dto);
  }
}
