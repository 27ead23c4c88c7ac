import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { ALL_ROLES } from './role.enum';
import { AllowedBeforePasswordChange, Public, Roles } from './access.decorators';
import { ChangePasswordDto, LoginDto, LoginResponse, SignedInUser } from './auth.dto';
import { AuthService } from './auth.service';
import { Caller, CurrentUser } from './current-user.decorator';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Throttle({ login: {} })
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }

  @Get('me')
  @Roles(...ALL_ROLES)
  @AllowedBeforePasswordChange()
  me(@CurrentUser() caller: Caller): SignedInUser {
    return {
      id: caller.id,
      email: caller.email,
      name: caller.name,
      roles: caller.roles,
      mustChangePassword: caller.mustChangePassword === true,
    };
  }

  @Post('password')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @AllowedBeforePasswordChange()
  @UseGuards(LoginThrottlerGuard)
  @Throttle({ login: {} })
  @ApiOperation({
    summary:
      'Change your own password (current password required); every other token is revoked and a fresh one returned',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiBadRequestResponse({ description: 'New password too short, too common or unchanged' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  changePassword(
    @CurrentUser() caller: Caller,
    @Body() dto: ChangePasswordDto,
  ): Promise<LoginResponse> {
    return this.auth.changePassword(caller, dto);
  }
}
