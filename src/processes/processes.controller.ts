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
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
