import {
  BadRequestException,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
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
   * `?format=csv` returns the candidate rows as CSV, `?format=csv&table=deviations` the
   * deviations. Every read is audited.
   */
  @Get(':id/uniformity')
  @Roles(Role.AUDITOR)
  @ApiOperation({ summary: 'Uniformity report of a process: same treatment for every candidate?' })
  @ApiExtraModels(UniformityReport)
  @ApiOkResponse({
    description:
      'The report (JSON), or with ?format=csv the candidate rows (or with table=deviations the deviations) as CSV',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(UniformityReport) } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  @ApiUuidParams('id')
  @ApiErrors(400, 404)
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: UniformityQueryDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<UniformityReport | string> {
    const format = query.format ?? 'json';
    if (query.table !== undefined && format !== 'csv') {
      throw new BadRequestException('table applies only with format=csv');
    }
    const table = query.table ?? 'candidates';
    const report = await this.uniformity.report(id, format, table);
    res.setHeader('Cache-Control', 'no-store');
    if (format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      const name = table === 'deviations' ? `uniformity-deviations-${id}` : `uniformity-${id}`;
      res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
      return this.uniformity.toCsv(report, table);
    }
    return report;
  }
}
