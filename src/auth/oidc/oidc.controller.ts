import { Controller, Get, HttpCode, Post, Redirect, Req, Res } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Request, Response } from 'express';
import { ApiErrors } from '../../common/api-errors.decorator';
import { AppConfig } from '../../config/app-config';
import { OwnSessionRoute, Public, Roles } from '../access.decorators';
import { readCookie } from '../authenticator.service';
import { ALL_ROLES } from '../role.enum';
import { CurrentSession } from '../session.decorators';
import { SignOutView } from '../session.dto';
import { ResolvedSession, SESSION_COOKIE, SessionsService } from '../sessions.service';
import { OidcAccountsService, SsoRefused } from './oidc-accounts.service';
import { OidcClientService, VerifiedIdentity } from './oidc-client.service';
import { OIDC_FLOW_COOKIE, OIDC_FLOW_MINUTES, OidcFlowsService } from './oidc-flows.service';
import { SignInOptionsView } from './oidc.dto';

const START_PATH = '/api/auth/oidc/start';

/**
 * Single sign-on for the browser (OpenID Connect, authorization code + PKCE). The callback
 * opens the same cookie session as a password sign-in, with the same idle lock.
 */
@ApiTags('auth')
@Controller('auth')
export class OidcController {
  constructor(
    private readonly config: AppConfig,
    private readonly client: OidcClientService,
    private readonly flows: OidcFlowsService,
    private readonly accounts: OidcAccountsService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('sign-in-options')
  @Public()
  @ApiOperation({
    summary: 'What the sign-in page offers: single sign-on (and its name), passwords',
  })
  @ApiOkResponse({ type: SignInOptionsView })
  options(): SignInOptionsView {
    const sso = this.config.oidcEnabled;
    return {
      ssoEnabled: sso,
      ssoDisplayName: sso ? this.config.OIDC_DISPLAY_NAME : null,
      ssoStartUrl: sso ? START_PATH : null,
      localLoginEnabled: this.config.localLoginEnabled,
    };
  }

  @Get('oidc/start')
  @Public()
  @Redirect()
  @ApiOperation({
    summary:
      'Start single sign-on: redirects the browser to the identity provider (state, nonce and PKCE kept server-side)',
  })
  @ApiFoundResponse({
    description: "Redirect to the provider's authorization endpoint",
    headers: { Location: { description: 'The authorization URL', schema: { type: 'string' } } },
  })
  @ApiErrors(
    [404, 'Single sign-on is not configured'],
    [503, 'The identity provider is unreachable'],
  )
  async start(@Res({ passthrough: true }) res: Response): Promise<{ url: string }> {
    const secrets = this.client.newFlowSecrets();
    const url = await this.client.authorizationUrl(secrets);
    const binding = await this.flows.begin(secrets);
    // Lax, not Strict: the provider's redirect back is a cross-site navigation.
    res.cookie(OIDC_FLOW_COOKIE, binding, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.isProduction,
      path: '/api/auth/oidc',
      maxAge: OIDC_FLOW_MINUTES * 60_000,
    });
    return { url: url.href };
  }

  @Get('oidc/callback')
  @Public()
  @Redirect()
  @ApiOperation({
    summary:
      'The provider sends the browser back here: opens the session and redirects to the app, or to the sign-in page with the reason (audited)',
  })
  @ApiFoundResponse({
    description: 'To `/` signed in, or to `/?signInError=<reason>` when refused',
    headers: {
      Location: { description: '`/` or `/?signInError=…`', schema: { type: 'string' } },
    },
  })
  @ApiErrors([404, 'Single sign-on is not configured'])
  async callback(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ url: string }> {
    const flow = await this.flows.take(readCookie(req, OIDC_FLOW_COOKIE));
    res.clearCookie(OIDC_FLOW_COOKIE, { path: '/api/auth/oidc' });
    let identity: Partial<VerifiedIdentity> = {};
    try {
      if (!flow) {
        throw new SsoRefused(
          'Sign-in refused: the sign-in took too long or was started in another browser; try again',
          'no matching sign-in flow (expired, reused or another browser)',
        );
      }
      const providerError = typeof req.query.error === 'string' ? req.query.error : null;
      if (providerError) {
        const description =
          typeof req.query.error_description === 'string' ? `: ${req.query.error_description}` : '';
        throw new SsoRefused(
          `Sign-in refused by the identity provider (${providerError}${description})`,
          `provider error ${providerError}`,
        );
      }
      const url = new URL(this.config.OIDC_REDIRECT_URL!);
      url.search = new URL(req.originalUrl, 'http://callback').search;
      try {
        identity = await this.client.exchange(url, flow);
      } catch (error) {
        throw new SsoRefused(
          "Sign-in refused: the identity provider's answer could not be verified",
          `token exchange failed: ${(error as Error).message}`,
        );
      }
      const user = await this.accounts.accountFor(identity as VerifiedIdentity);
      const { token } = await this.sessions.start(user, {
        method: 'OIDC',
        oidcIdToken: identity.idToken,
      });
      res.cookie(SESSION_COOKIE, token, this.sessions.cookieOptions());
      return { url: '/' };
    } catch (error) {
      if (!(error instanceof SsoRefused)) throw error;
      await this.accounts.recordRefusal(error.reason, identity, error.userId);
      return { url: `/?signInError=${encodeURIComponent(error.message)}` };
    }
  }

  @Post('oidc/sign-out')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @OwnSessionRoute()
  @ApiCookieAuth(SESSION_COOKIE)
  @ApiOperation({
    summary:
      "Sign out of a single sign-on session: the local session ends, and the answer names the provider's sign-out page to send the browser to (where it has one)",
  })
  @ApiOkResponse({ type: SignOutView })
  @ApiErrors(
    [403, 'CSRF check failed (the X-Requested-With header is missing)'],
    [404, 'The request used a bearer token, not the session cookie'],
  )
  async signOut(
    @CurrentSession() session: ResolvedSession,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignOutView> {
    const idToken = session.session.oidcIdToken;
    await this.sessions.end(session);
    res.clearCookie(SESSION_COOKIE, this.sessions.cookieOptions());
    const providerLogoutUrl =
      session.session.authMethod === 'OIDC' && this.config.oidcEnabled
        ? await this.client.endSessionUrl(idToken).catch(() => null)
        : null;
    return { providerLogoutUrl };
  }
}
