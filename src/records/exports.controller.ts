import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  StreamableFile,
} from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { ExportsService } from './exports.service';
import { CreateExportDto, ExportAcceptedView, ExportView, SigningKeyView } from './records.dto';

@ApiTags('records')
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  /** Requests an export bundle; a background job builds it (poll GET /api/exports/:id). */
  @Post()
  @HttpCode(202)
  @Roles(Role.RECORDS_CUSTODIAN)
  create(@CurrentUser() caller: Caller, @Body() dto: CreateExportDto): Promise<ExportAcceptedView> {
    return this.exports.request(caller, dto);
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
  get(@Param('id', ParseUUIDPipe) id: string): Promise<ExportView> {
    return this.exports.get(id);
  }

  /** The finished zip (409 until DONE). Every download is audited. */
  @Get(':id/download')
  @ApiProduces('application/zip')
  @Roles(Role.RECORDS_CUSTODIAN)
  download(@Param('id', ParseUUIDPipe) id: string): Promise<StreamableFile> {
    return this.exports.download(id);
  }
}
