import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { Role } from '../auth/role.enum';
import { UniformityQueryDto, UniformityReport } from './uniformity.dto';
import { UniformityService } from './uniformity.service';

@ApiTags('uniformity')
@Controller('processes')
export class UniformityController {
  constructor(private readonly uniformity: UniformityService) {}

  /**
   * Did every candidate of the process get the same treatment? One row per candidate, the
   * deviations found, separation-of-duties breaches, every KEEP decision and a summary.
   * `?format=csv` returns the candidate rows as CSV. Every read is audited.
   */
  @Get(':id/uniformity')
  @Roles(Role.AUDITOR)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: UniformityReport })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: UniformityQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UniformityReport | string> {
    const format = query.format ?? 'json';
    const report = await this.uniformity.report(id, format);
    res.setHeader('Cache-Control', 'no-store');
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="uniformity-${id}.csv"`);
      return this.uniformity.toCsv(report);
    }
    return report;
  }
}
