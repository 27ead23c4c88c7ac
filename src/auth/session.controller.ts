import { Body, Controller, Delete, Get, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { Response } from 'express';
import { ApiErrors } from '../common/api-errors.decorator';
import { OwnSessionRoute, Public, Roles } from './access.decorators';
import { LoginDto } from './auth.dto';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { ALL_ROLES } from './role.enum';
import { CurrentSession, PeekSession } from './session.decorators';
import { SessionStateView } from './session.dto';
import { CSRF_VALUE, ResolvedSession, SESSION_COOKIE, SessionsService } from './sessions.service';

const CSRF_DOC = {
  name: 'X-Requested-With',
  description: `Required (value "${CSRF_VALUE}") on writes authenticated by the session cookie`,
  required: false,
};

/** Sign-in for the browser: an HttpOnly cookie instead of a token a script could read. */
@ApiTags('auth')
@Controller('auth/session')
export class SessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Post()
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Throttle({ login: {} })
  @ApiOperation({
    summary: `Sign in from the browser: sets the HttpOnly, SameSite=Strict cookie ${SESSION_COOKIE}`,
  })
  @ApiOkResponse({ type: SessionStateView })
  @ApiErrors(
    [400, 'Malformed email or password field'],
    413,
    [
      401,
      'Wrong e-mail or password, a locked account or a deactivated one: all answer alike; or the second factor is missing (`secondFactorRequired: true`), wrong or reused; or passwords are turned off (LOCAL_LOGIN=false) for all but the break-glass admin',
    ],
    [429, 'Too many sign-in attempts from this address: retry later'],
  )
  async signIn(
    @Body() dto: LoginDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SessionStateView> {
    const user = await this.auth.verifyCredentials(dto, 'session');
    const { token, session } = await this.sessions.start(user);
    res.cookie(SESSION_COOKIE, token, this.sessions.cookieOptions());
    return this.sessions.state({ session, user: this.sessions.sessionUser(user, 'PASSWORD') });
  }

  @Get()
  @Roles(...ALL_ROLES)
  @OwnSessionRoute()
  @PeekSession()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiOperation({
    summary: 'The current browser session and when it locks, without extending it',
  })
  @ApiOkResponse({ type: SessionStateView })
  @ApiErrors([404, 'The request used a bearer token, not the session cookie'])
  state(@CurrentSession() session: ResolvedSession): SessionStateView {
    return this.sessions.state(session);
  }

  @Post('keepalive')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @OwnSessionRoute()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiHeader(CSRF_DOC)
  @ApiOperation({ summary: 'Extends the browser session ("stay signed in")' })
  @ApiOkResponse({ type: SessionStateView })
  @ApiErrors([404, 'The request used a bearer token, not the session cookie'])
  keepalive(@CurrentSession() session: ResolvedSession): Promise<SessionStateView> {
    return this.sessions.keepalive(session);
  }

  @Delete()
  @HttpCode(204)
  @Roles(...ALL_ROLES)
  @OwnSessionRoute()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiHeader(CSRF_DOC)
  @ApiOperation({ summary: 'Signs out: revokes the session server-side and clears the cookie' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiErrors([403, 'CSRF check failed (the X-Requested-With header is missing)'])
  @ApiErrors([404, 'The request used a bearer token, not the session cookie'])
  async signOut(
    @CurrentSession() session: ResolvedSession,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.sessions.end(session);
    res.clearCookie(SESSION_COOKIE, this.sessions.cookieOptions());
  }
}
