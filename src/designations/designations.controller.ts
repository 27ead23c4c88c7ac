import { Body, Controller, Delete, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
  designate(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DesignateDto,
  ): Promise<DesignationView> {
    return this.designations.designate(caller, id, dto);
  }

  @Delete()
  @Roles(Role.ADMIN)
  revoke(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RevokeDesignationDto,
  ): Promise<DesignationView> {
    return this.designations.revoke(caller, id, dto);
  }
}
