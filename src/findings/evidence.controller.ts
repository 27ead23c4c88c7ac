import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import {
  ApiGoneResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { EvidenceDownloadService } from './evidence-download.service';

@ApiTags('findings')
@Controller('evidence')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceDownloadService) {}

  @Get(':id')
  @Roles(Role.SEARCHER)
  @ApiOperation({
    summary:
      'Evidence file for designated searchers of the process (audited raw read); images and PDFs inline, HTML and MHTML as attachment',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProduces('image/png', 'image/jpeg', 'application/pdf', 'text/html', 'multipart/related')
  @ApiOkResponse({
    description: 'The file, sandboxed (Content-Security-Policy: sandbox, nosniff)',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiNotFoundResponse({ description: 'No such evidence, or not a searcher of its process' })
  @ApiGoneResponse({ description: 'The file was purged under the retention schedule' })
  async download(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.evidence.download(caller, id);
    // Evidence is untrusted content captured from the internet: never run it in our origin.
    res.setHeader('Content-Security-Policy', 'sandbox');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Evidence-Sha256', file.sha256);
    return new StreamableFile(file.data, {
      type: file.contentType,
      disposition: file.disposition,
      length: file.data.length,
    });
  }
}
