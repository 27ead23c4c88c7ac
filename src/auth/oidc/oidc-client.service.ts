import { Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import * as oidc from 'openid-client';
import { AppConfig } from '../../config/app-config';

export const OIDC_SCOPES = 'openid email profile';

export interface FlowSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface VerifiedIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  amr: unknown;
  idToken: string;
}

/**
 * The relying party: authorization-code flow with PKCE through `openid-client`. The provider's
 * metadata is discovered on first use (and again after a failure), so the app starts even
 * while the provider is down.
 */
@Injectable()
export class OidcClientService {
  private configuration?: Promise<oidc.Configuration>;

  constructor(private readonly config: AppConfig) {}

  private discover(): Promise<oidc.Configuration> {
    const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = this.config;
    if (!OIDC_ISSUER || !OIDC_CLIENT_ID || !OIDC_CLIENT_SECRET) {
      throw new NotFoundException('Single sign-on is not configured');
    }
    if (!this.configuration) {
      const issuer = new URL(OIDC_ISSUER);
      this.configuration = oidc
        .discovery(issuer, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, undefined, {
          // Plain http only for a provider on this machine (development and the tests).
          execute: isLoopback(issuer) ? [oidc.allowInsecureRequests] : [],
        })
        .catch((error: unknown) => {
          this.configuration = undefined;
          throw new ServiceUnavailableException(
            `The identity provider could not be reached: ${(error as Error).message}`,
          );
        });
    }
    return this.configuration;
  }

  newFlowSecrets(): FlowSecrets {
    return {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
    };
  }

  async authorizationUrl(flow: FlowSecrets): Promise<URL> {
    const configuration = await this.discover();
    return oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.config.OIDC_REDIRECT_URL!,
      scope: OIDC_SCOPES,
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
  }

  /** Exchanges the callback's code (checking state, nonce and PKCE) and reads the ID token. */
  async exchange(callbackUrl: URL, flow: FlowSecrets): Promise<VerifiedIdentity> {
    const configuration = await this.discover();
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: flow.codeVerifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new Error('the provider returned no ID token');
    let email = typeof claims.email === 'string' ? claims.email : null;
    let emailVerified = claims.email_verified === true;
    let name = typeof claims.name === 'string' ? claims.name : null;
    if (email === null || name === null) {
      // Some providers put e-mail and name only in the UserInfo response.
      const info = await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      email ??= typeof info.email === 'string' ? info.email : null;
      emailVerified ||= info.email_verified === true;
      name ??= typeof info.name === 'string' ? info.name : null;
    }
    return {
      issuer: claims.iss,
      subject: claims.sub,
      email,
      emailVerified,
      name,
      amr: claims.amr,
      idToken: tokens.id_token,
    };
  }

  /** The provider's RP-initiated logout URL, or null when it does not offer one. */
  async endSessionUrl(idToken: string | null): Promise<string | null> {
    const configuration = await this.discover();
    if (!configuration.serverMetadata().end_session_endpoint) return null;
    const params: Record<string, string> = {
      post_logout_redirect_uri:
        this.config.OIDC_POST_LOGOUT_REDIRECT_URL ??
        new URL('/', this.config.OIDC_REDIRECT_URL).href,
    };
    if (idToken) params.id_token_hint = idToken;
    return oidc.buildEndSessionUrl(configuration, params).href;
  }
}

function isLoopback(url: URL): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
