import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { ApiErrors, ApiUuidParams } from '../common/api-errors.decorator';
import { Role } from '../auth/role.enum';
import {
  LockedAccountView,
  TemporaryPasswordDto,
  TemporaryPasswordView,
  UnlockedAccountView,
} from './account-security.dto';
import { AccountSecurityService } from './account-security.service';

/**
 * Registered before UsersController (see UsersModule) so `GET /users/locked` is matched here
 * and not taken for `GET /users/:id`.
 */
@ApiTags('users')
@Controller('users')
export class AccountSecurityController {
  constructor(private readonly security: AccountSecurityService) {}

  @Get('locked')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary:
      'Accounts locked after repeated failed sign-ins (sign-in itself never says so: tell the owner)',
  })
  @ApiOkResponse({ type: LockedAccountView, isArray: true })
  listLocked(): Promise<LockedAccountView[]> {
    return this.security.listLocked();
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Lift a lockout and reset the failure count (audited)' })
  @ApiOkResponse({ type: UnlockedAccountView })
  @ApiUuidParams('id')
  @ApiErrors(400, [404, 'No such user'])
  unlock(@Param('id', ParseUUIDPipe) id: string): Promise<UnlockedAccountView> {
    return this.security.unlock(id);
  }

  @Post(':id/temporary-password')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary:
      'Set a temporary password; the owner must change it at next sign-in, and existing tokens stop working',
  })
  @ApiOkResponse({ type: TemporaryPasswordView })
  @ApiUuidParams('id')
  @ApiErrors([400, 'Password too short or too common, or a malformed id'], 413, [
    404,
    'No such user',
  ])
  setTemporaryPassword(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: TemporaryPasswordDto,
  ): Promise<TemporaryPasswordView> {
    return this.security.setTemporaryPassword(id, dto.password);
  }
}
