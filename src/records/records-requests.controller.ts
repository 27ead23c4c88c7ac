import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
  create(
    @CurrentUser() caller: Caller,
    @Body() dto: CreateRecordsRequestDto,
  ): Promise<RecordsRequestView> {
    return this.requests.create(caller, dto);
  }

  @Get()
  @Roles(Role.RECORDS_CUSTODIAN)
  list(): Promise<RecordsRequestView[]> {
    return this.requests.list();
  }

  @Patch(':id')
  @Roles(Role.RECORDS_CUSTODIAN)
  update(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateRecordsRequestDto,
  ): Promise<RecordsRequestView> {
    return this.requests.update(caller, id, dto);
  }
}
