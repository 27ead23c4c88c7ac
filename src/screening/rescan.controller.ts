import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { RescanNoticesView } from './rescan.dto';
import { RescanNoticesService } from './rescan-notices.service';

@ApiTags('screening')
@Controller('screening')
export class RescanController {
  constructor(private readonly notices: RescanNoticesService) {}

  @Get('rescan-notices')
  @Roles(Role.SEARCHER)
  @ApiOperation({
    summary:
      'Released reports the current detector rules would have flagged: release a corrected version',
  })
  @ApiOkResponse({ type: RescanNoticesView })
  list(@CurrentUser() caller: Caller): Promise<RescanNoticesView> {
    return this.notices.list(caller);
  }
}
