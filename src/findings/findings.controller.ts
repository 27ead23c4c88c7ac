import {
  Body,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { EvidenceService, UploadedEvidence } from './evidence.service';
import { CreateValidationDto, EvidenceView, RawFindingView, ValidationView } from './findings.dto';
import { FindingsService } from './findings.service';
import { ValidationsService } from './validations.service';

@ApiTags('findings')
@Controller('findings')
export class FindingsController {
  constructor(
    private readonly findings: FindingsService,
    private readonly evidence: EvidenceService,
    private readonly validations: ValidationsService,
  ) {}

  /** Raw finding for a designated searcher of the process; the read is audited. */
  @Get(':id')
  @Roles(Role.SEARCHER)
  get(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<RawFindingView> {
    return this.findings.readRaw(caller, id);
  }

  @Post(':id/evidence')
  @Roles(Role.SEARCHER)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
  })
  @UseInterceptors(FileInterceptor('file'))
  upload(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @UploadedFile() file: UploadedEvidence | undefined,
  ): Promise<EvidenceView> {
    return this.evidence.upload(caller, id, file);
  }

  @Post(':id/validations')
  @Roles(Role.SEARCHER)
  validate(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateValidationDto,
  ): Promise<ValidationView> {
    return this.validations.validate(caller, id, dto);
  }
}
