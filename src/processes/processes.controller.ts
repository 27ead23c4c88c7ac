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
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Request } from 'express';
import { CandidateImportRefusal, CandidateImportView } from './candidate-import.dto';
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
  create(@CurrentUser() caller: Caller, @Body() dto: CreateProcessDto): Promise<ProcessView> {
    return this.processes.create(caller, dto);
  }

  @Get()
  @Roles(...ALL_ROLES)
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
  get(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string): Promise<ProcessView> {
    return this.processes.get(caller, id);
  }

  @Put(':id/checklist')
  @Roles(Role.ADMIN)
  putChecklist(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PutChecklistDto,
  ): Promise<ProcessView> {
    return this.processes.putChecklist(caller, id, dto);
  }

  @Post(':id/candidates')
  @Roles(Role.ADMIN)
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
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiConsumes('multipart/form-data', 'text/csv')
  @ApiBody({
    description: `multipart/form-data with the CSV in the field "file", or the CSV itself as a text/csv body`,
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiCreatedResponse({ type: CandidateImportView })
  @ApiBadRequestResponse({
    type: CandidateImportRefusal,
    description: 'Some rows are invalid; every problem is listed by row and nothing was imported',
  })
  @ApiNotFoundResponse({ description: 'No such process' })
  @ApiConflictResponse({ description: 'The process is closed' })
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
  addSearcher(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: PanelMemberDto,
  ): Promise<ParticipantView> {
    return this.participants.addSearcher(id, dto.userId);
  }
}
