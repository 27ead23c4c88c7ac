import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { CandidateView, ProcessView } from '../processes/processes.dto';
import { ProcessRecordsService } from './process-records.service';
import { CloseProcessDto, UpdateCandidateRecordsDto } from './records.dto';

/** Closing a hiring process (same `processes` prefix as ProcessesController; Nest merges them). */
@ApiTags('processes')
@Controller('processes')
export class ProcessClosingController {
  constructor(private readonly records: ProcessRecordsService) {}

  /** Closes the process: all work on it ends (409 from then on) and its retention clock starts. */
  @Post(':id/close')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Close the process: work on it ends and its retention clock starts' })
  @ApiOkResponse({ type: ProcessView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, [409, 'The process is already closed'], 413)
  close(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CloseProcessDto,
  ): Promise<ProcessView> {
    return this.records.close(caller, id, dto.reason);
  }
}

@ApiTags('processes')
@Controller('candidates')
export class CandidateRecordsController {
  constructor(private readonly records: ProcessRecordsService) {}

  /** Applicant confidentiality (Wis. Stat. 19.36(7)) and final-candidate status; audited with from/to. */
  @Patch(':id')
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: "Set a candidate's confidentiality request and final-candidate status" })
  @ApiOkResponse({ type: CandidateView })
  @ApiUuidParams('id')
  @ApiErrors([400, 'Bad input, or neither field sent'], 404, 413)
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCandidateRecordsDto,
  ): Promise<CandidateView> {
    return this.records.updateCandidate(id, dto);
  }
}
