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
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
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
  @ApiOperation({
    summary: 'A finding with its raw content (designated searchers; the read is audited)',
  })
  @ApiOkResponse({ type: RawFindingView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
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
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({ summary: 'Upload an evidence file (screenshot, PDF or archive) for the finding' })
  @ApiCreatedResponse({ type: EvidenceView })
  @ApiUuidParams('id')
  @ApiErrors(
    [400, 'No file, or more than one'],
    404,
    [409, 'The finding was purged under the retention schedule'],
    [413, 'The file exceeds EVIDENCE_MAX_BYTES'],
    [415, 'The file type is not an accepted evidence type, or does not match its content'],
  )
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
  @ApiOperation({
    summary: 'Record a validation of the finding (verified, refuted or inconclusive)',
  })
  @ApiCreatedResponse({ type: ValidationView })
  @ApiUuidParams('id')
  @ApiErrors(
    400,
    404,
    [409, 'Self-validation where independence is required, or the finding was purged'],
    413,
    [422, 'Too few distinct identity-match types to verify'],
  )
  validate(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateValidationDto,
  ): Promise<ValidationView> {
    return this.validations.validate(caller, id, dto);
  }
}
