import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
  login(@Body() dto: LoginDto): Promise<LoginResponse> {
    return this.auth.login(dto);
  }

  @Get('me')
  @Roles(...ALL_ROLES)
  me(@CurrentUser() caller: Caller): SignedInUser {
    return { id: caller.id, email: caller.email, name: caller.name, roles: caller.roles };
  }
}
