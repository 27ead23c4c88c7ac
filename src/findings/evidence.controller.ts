import { Controller, Get, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
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
  @ApiUuidParams('id')
  @ApiOkResponse({
    description: 'The file, sandboxed (Content-Security-Policy: sandbox, nosniff)',
    content: Object.fromEntries(
      ['image/png', 'image/jpeg', 'application/pdf', 'text/html', 'multipart/related'].map((t) => [
        t,
        { schema: { type: 'string', format: 'binary' } },
      ]),
    ),
  })
  @ApiErrors(
    400,
    [404, 'No such evidence, or not a searcher of its process'],
    [410, 'The file was purged under the retention schedule'],
  )
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
