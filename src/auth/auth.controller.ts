import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { ApiErrors } from '../common/api-errors.decorator';
import { ALL_ROLES } from './role.enum';
import {
  AllowedBeforeMfaEnrolment,
  AllowedBeforePasswordChange,
  OwnSessionRoute,
  Public,
  Roles,
} from './access.decorators';
import {
  ChangePasswordDto,
  LoginDto,
  LoginResponse,
  PasswordChangeResponse,
  SignedInUser,
} from './auth.dto';
import { AuthService } from './auth.service';
import { Caller, CurrentUser } from './current-user.decorator';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { OptionalSession } from './session.decorators';
import { ResolvedSession } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Throttle({ login: {} })
  @ApiOperation({
    summary:
      'Sign in with e-mail and password (and `code` or `recoveryCode` when a TOTP authenticator is enrolled); returns a bearer token',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors(
    400,
    413,
    [
      401,
      'Wrong e-mail or password, a locked account or a deactivated one: all answer alike; or the second factor is missing (`secondFactorRequired: true`), wrong or reused; or passwords are turned off (LOCAL_LOGIN=false) for all but the break-glass admin',
    ],
    [429, 'Too many sign-in attempts from this address: retry later'],
  )
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }

  @Get('me')
  @Roles(...ALL_ROLES)
  @OwnSessionRoute()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: SignedInUser })
  me(@CurrentUser() caller: Caller): SignedInUser {
    return {
      id: caller.id,
      email: caller.email,
      name: caller.name,
      roles: caller.roles,
      mustChangePassword: caller.mustChangePassword === true,
      mfaEnrolmentRequired: caller.mfaEnrolmentRequired === true,
      mfaEnrolled: caller.mfaEnrolled === true,
    };
  }

  @Post('password')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @AllowedBeforePasswordChange()
  @AllowedBeforeMfaEnrolment()
  @UseGuards(LoginThrottlerGuard)
  @Throttle({ login: {} })
  @ApiOperation({
    summary:
      'Change your own password (current password required); every other token and browser session is revoked; a bearer caller gets a fresh token, a browser session stays signed in with its cookie (no token in the body)',
  })
  @ApiOkResponse({ type: PasswordChangeResponse })
  @ApiErrors(
    [400, 'New password too short, too common or unchanged'],
    413,
    [403, 'The current password is incorrect'],
    [429, 'Too many attempts from this address: retry later'],
  )
  changePassword(
    @CurrentUser() caller: Caller,
    @Body() dto: ChangePasswordDto,
    @OptionalSession() session: ResolvedSession | undefined,
  ): Promise<PasswordChangeResponse> {
    return this.auth.changePassword(caller, dto, session?.session.id);
  }
}
