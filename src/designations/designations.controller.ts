import { Body, Controller, Delete, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentUser } from '../auth/current-user.decorator';
import { Role } from '../auth/role.enum';
import { DesignateDto, DesignationView, RevokeDesignationDto } from './designations.dto';
import { DesignationsService } from './designations.service';

@ApiTags('designations')
@Controller('users/:id/designation')
export class DesignationsController {
  constructor(private readonly designations: DesignationsService) {}

  @Post()
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Designate the user as a searcher (sensitive position)' })
  @ApiCreatedResponse({ type: DesignationView })
  @ApiUuidParams('id')
  @ApiErrors(400, 404, 409, 413, [422, 'The dates break a rule (e.g. training expired)'])
  designate(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DesignateDto,
  ): Promise<DesignationView> {
    return this.designations.designate(caller, id, dto);
  }

  @Delete()
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: "Revoke the user's searcher designation" })
  @ApiOkResponse({ type: DesignationView })
  @ApiUuidParams('id')
  @ApiErrors(400, [404, 'No such user, or the user has no current designation'], 413)
  revoke(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RevokeDesignationDto,
  ): Promise<DesignationView> {
    return this.designations.revoke(caller, id, dto);
  }
}
