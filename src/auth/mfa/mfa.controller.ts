import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  UseGuards,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { ApiErrors, ApiUuidParams } from '../../common/api-errors.decorator';
import { AllowedBeforeMfaEnrolment, Roles } from '../access.decorators';
import { Caller, CurrentUser } from '../current-user.decorator';
import { LoginThrottlerGuard } from '../login-throttler.guard';
import { ALL_ROLES, Role } from '../role.enum';
import {
  MfaResetView,
  MfaStatusView,
  RecoveryCodesView,
  TotpCodeDto,
  TotpEnrolmentView,
} from './mfa.dto';
import { MfaService } from './mfa.service';

/** One's own second factor: status and TOTP enrolment (open before enrolment, of course). */
@ApiTags('auth')
@Controller('auth/mfa')
export class MfaController {
  constructor(private readonly mfa: MfaService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @AllowedBeforeMfaEnrolment()
  @ApiOperation({
    summary: 'Your two-factor status: enrolled, required by your roles, recovery codes left',
  })
  @ApiOkResponse({ type: MfaStatusView })
  status(@CurrentUser() caller: Caller): Promise<MfaStatusView> {
    return this.mfa.status(caller);
  }

  @Post('totp')
  @Roles(...ALL_ROLES)
  @AllowedBeforeMfaEnrolment()
  @ApiOperation({
    summary:
      'Start TOTP enrolment: a new secret as a QR code for an authenticator app (confirm it with a code)',
  })
  @ApiCreatedResponse({ type: TotpEnrolmentView })
  @ApiErrors([409, 'An authenticator is already enrolled (an administrator can reset it)'])
  start(@CurrentUser() caller: Caller): Promise<TotpEnrolmentView> {
    return this.mfa.startEnrolment(caller);
  }

  @Post('totp/confirm')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @AllowedBeforeMfaEnrolment()
  @UseGuards(LoginThrottlerGuard)
  @Throttle({ login: {} })
  @ApiOperation({
    summary:
      'Finish TOTP enrolment with the code the app shows; returns ten one-time recovery codes, shown this once',
  })
  @ApiOkResponse({ type: RecoveryCodesView })
  @ApiErrors(
    [400, 'Malformed code, a code that does not match, or no enrolment started'],
    413,
    [409, 'An authenticator is already enrolled'],
    [429, 'Too many attempts from this address: retry later'],
  )
  confirm(@CurrentUser() caller: Caller, @Body() dto: TotpCodeDto): Promise<RecoveryCodesView> {
    return this.mfa.confirmEnrolment(caller, dto.code);
  }
}

/** The administrator's side: resetting a user's second factor (a lost phone). */
@ApiTags('users')
@Controller('users')
export class MfaAdminController {
  constructor(private readonly mfa: MfaService) {}

  @Delete(':id/mfa')
  @Roles(Role.ADMIN)
  @ApiOperation({
    summary:
      "Reset a user's two-factor authentication: authenticator and recovery codes removed, signed out everywhere (audited); not your own",
  })
  @ApiOkResponse({ type: MfaResetView })
  @ApiUuidParams('id')
  @ApiErrors(400, [404, 'No such user'])
  reset(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<MfaResetView> {
    return this.mfa.reset(caller, id);
  }
}
