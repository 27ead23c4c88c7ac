import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Request } from 'express';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { CandidateImportView } from './candidate-import.dto';
import { CandidateImportService, IMPORT_COLUMNS } from './candidate-import.service';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { ALL_ROLES, Role } from '../auth/role.enum';
import { ParticipantsService, ParticipantView } from './participants.service';
import {
  CreateCandidateDto,
  CreateProcessDto,
  NewVettingView,
  PanelMemberDto,
  ProcessView,
  PutChecklistDto,
} from './processes.dto';
import { ProcessSummaryView } from './process-summaries';
import { ProcessesService } from './processes.service';

@ApiTags('processes')
@Controller('processes')
export class ProcessesController {
  constructor(
    private readonly processes: ProcessesService,
    private readonly participants: ParticipantsService,
    private readonly imports: CandidateImportService,
  ) {}

  @Post()
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Create a hiring process' })
  @ApiCreatedResponse({ type: ProcessView })
  @ApiErrors(400, 413)
  create(@CurrentUser() caller: Caller, @Body() dto: CreateProcessDto): Promise<ProcessView> {
    return this.processes.create(caller, dto);
  }

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The hiring processes the caller may see' })
  @ApiOkResponse({ type: ProcessView, isArray: true })
  list(@CurrentUser() caller: Caller): Promise<ProcessView[]> {
    return this.processes.list(caller);
  }

  /** Declared before ':id' so Express matches it first. */
  @Get('summaries')
  @Roles(Role.ADMIN, Role.AUDITOR, Role.RECORDS_CUSTODIAN)
  @ApiOperation({
    summary: 'Every process with status, dates and counts (no candidate or finding content)',
  })
  @ApiOkResponse({ type: [ProcessSummaryView] })
  summaries(): Promise<ProcessSummaryView[]> {
    return this.processes.summaries();
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'One hiring process, with its current checklist' })
  @ApiOkResponse({ type: ProcessView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  get(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<ProcessView> {
    return this.processes.get(caller, id);
  }

  @Put(':id/checklist')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: "Replace the process's checklist (a new version; locked once searching starts)",
  })
  @ApiOkResponse({ type: ProcessView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, [409, 'The process is closed or its checklist is locked'], 413, [
    422,
    'Item keys repeat within the checklist',
  ])
  putChecklist(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PutChecklistDto,
  ): Promise<ProcessView> {
    return this.processes.putChecklist(caller, id, dto);
  }

  @Post(':id/candidates')
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Add a candidate to the process (creates their vetting)' })
  @ApiCreatedResponse({ type: NewVettingView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, [409, 'The process is closed'], 413, [
    422,
    'consentRecordedAt is in the future',
  ])
  addCandidate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateCandidateDto,
  ): Promise<NewVettingView> {
    return this.participants.addCandidate(id, dto);
  }

  @Post(':id/candidates/import')
  @Roles(Role.ADMIN)
  @UseInterceptors(FileInterceptor('file', { limits: { files: 1, fileSize: 2 * 1024 * 1024 } }))
  @ApiOperation({
    summary: `Imports candidates from a CSV with the header ${IMPORT_COLUMNS.join(',')}: all rows or none`,
  })
  @ApiUuidParams('id')
  @ApiConsumes('multipart/form-data', 'text/csv')
  @ApiBody({
    description: `multipart/form-data with the CSV in the field "file", or the CSV itself as a text/csv body`,
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiCreatedResponse({ type: CandidateImportView })
  @ApiErrors(
    [
      400,
      'Some rows are invalid: every problem is listed in `errors` by row, and nothing was imported',
    ],
    [404, 'No such process'],
    [409, 'The process is closed'],
    413,
  )
  importCandidates(
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Req() req: Request,
  ): Promise<CandidateImportView> {
    const body: unknown = req.body;
    const csv = file ? file.buffer.toString('utf8') : typeof body === 'string' ? body : undefined;
    return this.imports.import(id, csv);
  }

  @Post(':id/panel')
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Seat a PANEL user on the hiring panel of the process' })
  @ApiCreatedResponse({ type: ParticipantView })
  @ApiUuidParams('id')
  @ApiErrors(
    400,
    404,
    [
      409,
      'Separation of duties, a closed process, or the user lacks the PANEL role or is deactivated',
    ],
    413,
  )
  addPanelMember(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PanelMemberDto,
  ): Promise<ParticipantView> {
    return this.participants.addPanelMember(caller, id, dto.userId);
  }

  @Delete(':id/panel/:userId')
  @HttpCode(204)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Remove a member from the hiring panel' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiUuidParams('id', 'userId')
  @ApiErrors(400, 404, [409, 'The process is closed'])
  removePanelMember(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('userId', ParseUUIDPipe) userId: string,
  ): Promise<void> {
    return this.participants.removePanelMember(caller, id, userId);
  }

  /** Adds a designated searcher to the process's pool (e.g. as a validator or filter reviewer). */
  @Post(':id/searchers')
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: "Add a designated searcher to the process's pool" })
  @ApiCreatedResponse({ type: ParticipantView })
  @ApiUuidParams('id')
  @ApiErrors(
    400,
    404,
    [409, 'A closed process, or the user lacks the SEARCHER role or is deactivated'],
    413,
  )
  addSearcher(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PanelMemberDto,
  ): Promise<ParticipantView> {
    return this.participants.addSearcher(id, dto.userId);
  }
}
