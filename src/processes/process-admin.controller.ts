import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Roles } from '../auth/access.decorators';
import { Role } from '../auth/role.enum';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { listParticipants, ProcessParticipantsView } from './participant-list';
import { HiringProcess } from './process.entity';
import { ProcessSettingsService } from './process-settings.service';
import { ProcessView, UpdateProcessSettingsDto } from './processes.dto';

/** Administration of an existing process: its settings and who takes part in it. */
@ApiTags('processes')
@Controller('processes')
export class ProcessAdminController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly settings: ProcessSettingsService,
  ) {}

  @Patch(':id')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary:
      "Change the process's settings (search window, identity matches, independent validation and filter review); fixed once vetting starts",
  })
  @ApiOkResponse({ type: ProcessView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, [409, 'The process is closed, or vetting has started'], 413, [
    422,
    'Relaxed independent validation without a reason, or a reason while it is required',
  ])
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateProcessSettingsDto,
  ): Promise<ProcessView> {
    return this.settings.update(id, dto);
  }

  @Get(':id/participants')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary: 'Current and past panel seats and the searcher work recorded in the process',
  })
  @ApiOkResponse({ type: ProcessParticipantsView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  async participants(@Param('id', ParseUUIDPipe) id: string): Promise<ProcessParticipantsView> {
    const m = this.dataSource.manager;
    if (!(await m.getRepository(HiringProcess).existsBy({ id })))
      throw this.access.notFound('process', id, 'process.participants');
    return listParticipants(m, id);
  }
}
