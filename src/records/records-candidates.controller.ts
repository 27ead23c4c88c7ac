import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Role } from '../auth/role.enum';
import { ProcessRecordsService } from './process-records.service';

/** A candidate as the records custodian picks one for a hold, a request or an export scope. */
export class RecordsCandidateView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String })
  fullName!: string;
  @ApiProperty({ type: Boolean, description: 'Wis. Stat. 19.36(7): asked for confidentiality' })
  confidentialityRequested!: boolean;
  @ApiProperty({ type: Boolean })
  finalCandidate!: boolean;
}

@ApiTags('records')
@Controller('records')
export class RecordsCandidatesController {
  constructor(private readonly records: ProcessRecordsService) {}

  /** The candidates of a process, by name, so a hold or a request can cover just one of them. */
  @Get('processes/:id/candidates')
  @Roles(Role.RECORDS_CUSTODIAN)
  @ApiOperation({
    summary: 'The candidates of a process (names and release flags), to scope a hold or request',
  })
  @ApiOkResponse({ type: RecordsCandidateView, isArray: true })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  candidates(@Param('id', ParseUUIDPipe) id: string): Promise<RecordsCandidateView[]> {
    return this.records.candidatesOf(id);
  }
}
