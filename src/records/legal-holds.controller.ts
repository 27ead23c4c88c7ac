import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { LegalHoldsService } from './legal-holds.service';
import { CreateLegalHoldDto, LegalHoldView, ReleaseLegalHoldDto } from './records.dto';

@ApiTags('records')
@Controller('legal-holds')
export class LegalHoldsController {
  constructor(private readonly holds: LegalHoldsService) {}

  /** Places a legal hold on a process or a candidate: nothing under it is purged while it is active. */
  @Post()
  @Roles(Role.RECORDS_CUSTODIAN)
  @ApiOperation({ summary: 'Place a legal hold on a process or a candidate' })
  @ApiCreatedResponse({ type: LegalHoldView })
  @ApiErrors(400, [404, 'The process or candidate of the scope does not exist'], 413, [
    422,
    'scope.candidateId is not a candidate of scope.processId',
  ])
  create(@CurrentUser() caller: Caller, @Body() dto: CreateLegalHoldDto): Promise<LegalHoldView> {
    return this.holds.create(caller, dto);
  }

  @Get()
  @Roles(Role.RECORDS_CUSTODIAN)
  @ApiOperation({ summary: 'Legal holds, active and released' })
  @ApiOkResponse({ type: LegalHoldView, isArray: true })
  list(): Promise<LegalHoldView[]> {
    return this.holds.list();
  }

  /** Releases the hold; the row stays, with who released it, when and why. */
  @Delete(':id')
  @Roles(Role.RECORDS_CUSTODIAN)
  @ApiOperation({ summary: 'Release a legal hold (the row stays, with who, when and why)' })
  @ApiOkResponse({ type: LegalHoldView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, [409, 'The hold was already released'], 413)
  release(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReleaseLegalHoldDto,
  ): Promise<LegalHoldView> {
    return this.holds.release(caller, id, dto.reason);
  }
}
