import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiErrors } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Role } from '../auth/role.enum';
import { listDesignations } from './designation-list';
import { DesignationListItem, DesignationListQueryDto } from './designations.dto';

@ApiTags('designations')
@Controller('designations')
export class DesignationListController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary:
      'Every searcher designation with names (history included), or only those expiring soon',
  })
  @ApiOkResponse({ type: [DesignationListItem] })
  @ApiErrors(400)
  list(@Query() query: DesignationListQueryDto): Promise<DesignationListItem[]> {
    return listDesignations(this.dataSource.manager, query.expiringWithinDays);
  }
}
