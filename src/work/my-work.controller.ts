import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { MyWorkView } from './my-work.dto';
import { MyWorkService } from './my-work.service';

@ApiTags('work')
@Controller('me')
export class MyWorkController {
  constructor(private readonly work: MyWorkService) {}

  @Get('work')
  @Roles(Role.SEARCHER)
  @ApiOperation({
    summary:
      'My assigned vettings with progress, findings waiting for my validation and filter reviews waiting for me',
  })
  @ApiOkResponse({ type: MyWorkView })
  get(@CurrentUser() caller: Caller): Promise<MyWorkView> {
    return this.work.work(caller);
  }
}
