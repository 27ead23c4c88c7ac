import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { CreateFindingDto, RawFindingView } from './findings.dto';
import { FindingsService } from './findings.service';

@ApiTags('findings')
@Controller('vettings/:id/findings')
export class VettingFindingsController {
  constructor(private readonly findings: FindingsService) {}

  /** The assigned searcher records a finding on their vetting. */
  @Post()
  @Roles(Role.SEARCHER)
  create(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateFindingDto,
  ): Promise<RawFindingView> {
    return this.findings.create(caller, id, dto);
  }
}
