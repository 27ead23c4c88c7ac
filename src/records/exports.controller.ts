import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { ExportsService } from './exports.service';
import {
  CreateExportDto,
  ExportAcceptedView,
  ExportView,
  ListExportsQuery,
} from './records.dto';
import { SigningKeyView } from '../signing/signing-key.dto';

@ApiTags('records')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** Requests an export bundle; a background job builds it (poll GET /api/exports/:id). */
  @Post()
  @HttpCode(202)
  @Roles(Role.RECORDS_CUSTODIAN)
  @ApiOperation({
    summary: 'Request an export bundle; a background job builds it (poll GET /api/exports/{id})',
  })
  @ApiAcceptedResponse({ type: ExportAcceptedView })
  @ApiErrors(
    400,
    [404, 'The process or candidate of the scope, or the records request, does not exist'],
    413,
    [
      422,
      "scope.candidateId is not a candidate of scope.processId, or the scope is not the records request's",
    ],
    [503, 'The job queue is unavailable: retry later'],
  )
  create(@CurrentUser() caller: Caller, @Body() dto: CreateExportDto): Promise<ExportAcceptedView> {
    return this.exports.request(caller, dto);
  }

  /** Every export bundle, newest first: who asked, when, scope and kind, status and progress. */
  @Get()
  @Roles(Role.RECORDS_CUSTODIAN)
  @ApiOperation({
    summary:
      'Export bundles, newest first (at most 200): who requested each, when, scope, kind, status and progress',
  })
  @ApiOkResponse({ type: ExportView, isArray: true })
  @ApiErrors(
    [400, 'recordsRequestId is not a UUID, or an unknown parameter'],
    [404, 'The records request does not exist'],
  )
  list(@Query() query: ListExportsQuery): Promise<ExportView[]> {
    return this.exports.list(query);
  }

  /** Declared before `:id`, so the literal path is never taken for an id. */
  @Get('signing-key')
  @Roles(Role.RECORDS_CUSTODIAN, Role.AUDITOR, Role.ADMIN)
  @ApiOperation({
    summary:
      "The deployment's Ed25519 public key that signs every export bundle, with its fingerprint",
  })
  @ApiOkResponse({ type: SigningKeyView })
  signingKey(): SigningKeyView {
    return this.exports.signingKeyView();
  }

  @Get(':id')
  @Roles(Role.RECORDS_CUSTODIAN)
  @ApiOperation({ summary: 'Status and progress of an export bundle' })
  @ApiOkResponse({ type: ExportView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ExportView> {
    return this.exports.get(id);
  }

  /** The finished zip (409 until DONE). Every download is audited. */
  @Get(':id/download')
  @Roles(Role.RECORDS_CUSTODIAN)
  @ApiOperation({ summary: 'Download the finished, signed export bundle (audited)' })
  @ApiOkResponse({
    description: 'The zip bundle (manifest.json, manifest.sig, README.txt and the records)',
    content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, [409, 'The bundle is not DONE yet, or its file is gone'])
  download(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    return this.exports.download(id);
  }
}
