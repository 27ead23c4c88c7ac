import { Body, Controller, Delete, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiUuidParams } from '../../common/api-errors.decorator';
import { Roles } from '../access.decorators';
import { Caller, CurrentUser } from '../current-user.decorator';
import { Role } from '../role.enum';
import { OidcAccountsService } from './oidc-accounts.service';
import { SsoIdentityDto, SsoIdentityView } from './oidc.dto';

/** The administrator links an account to its identity at the provider (audited). */
@ApiTags('users')
@Controller('users')
export class SsoIdentityController {
  constructor(private readonly accounts: OidcAccountsService) {}

  @Put(':id/sso-identity')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary:
      'Link an account to its single sign-on identity (the subject at the configured provider); audited',
  })
  @ApiOkResponse({ type: SsoIdentityView })
  @ApiUuidParams('id')
  @ApiErrors(
    400,
    413,
    [404, 'No such user, or single sign-on is not configured'],
    [409, 'The identity is linked to another account'],
  )
  link(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SsoIdentityDto,
  ): Promise<SsoIdentityView> {
    return this.accounts.adminLink(id, dto.subject);
  }

  @Delete(':id/sso-identity')
  @Roles(Role.ADMIN)
  @ApiOperation({ summary: 'Remove the link to a single sign-on identity; audited' })
  @ApiOkResponse({ type: SsoIdentityView })
  @ApiUuidParams('id')
  @ApiErrors(400, [404, 'No such user'])
  unlink(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<SsoIdentityView> {
    return this.accounts.adminUnlink(caller, id);
  }
}
