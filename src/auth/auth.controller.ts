import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { ALL_ROLES } from './role.enum';
import { Public, Roles } from './access.decorators';
import { LoginDto, LoginResponse, SignedInUser } from './auth.dto';
import { AuthService } from './auth.service';
import { Caller, CurrentUser } from './current-user.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @Throttle({ login: {} })
  @ApiOperation({ summary: 'Sign in with e-mail and password; returns a bearer token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors(
    400,
    413,
    [401, 'Wrong e-mail or password, or the account is deactivated'],
    [423, 'The account is locked after too many failed sign-ins (the message says until when)'],
    [429, 'Too many sign-in attempts from this address: retry later'],
  )
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }

  @Get('me')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: SignedInUser })
  me(@CurrentUser() caller: Caller): SignedInUser {
    return { id: caller.id, email: caller.email, name: caller.name, roles: caller.roles };
  }
}
