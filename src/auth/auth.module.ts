import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuditModule } from '../audit/audit.module';
import { AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthFailureLog } from './auth-failure-log.service';
import { LoginThrottleStorage } from './login-throttle-storage';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { Authenticator } from './authenticator.service';
import { MfaAdminController, MfaController } from './mfa/mfa.controller';
import { MfaService } from './mfa/mfa.service';
import { OidcAccountsService } from './oidc/oidc-accounts.service';
import { OidcClientService } from './oidc/oidc-client.service';
import { OidcFlowsService } from './oidc/oidc-flows.service';
import { OidcController } from './oidc/oidc.controller';
import { SsoIdentityController } from './oidc/sso-identity.controller';
import { SessionController } from './session.controller';
import { SessionsService } from './sessions.service';

@Module({
  imports: [
    AuditModule,
    UsersModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // A KeyObject, made once: given the secret as a string, jsonwebtoken first tries to parse
        // it as a PEM public key on every sign and verify, and that failed parse was about a
        // seventh of the CPU of each authenticated request (npm run bench:api).
        const key = createSecretKey(Buffer.from(config.jwtSecret));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
    // Only sign-in and password change use the throttler guard; the limit is per client address.
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'login', ttl: 60_000, limit: config.LOGIN_RATE_LIMIT }],
        // Counted in Redis, so the limit holds across every api process.
        storage: new LoginThrottleStorage(config),
      }),
    }),
  ],
  controllers: [
    AuthController,
    SessionController,
    MfaController,
    MfaAdminController,
    OidcController,
    SsoIdentityController,
  ],
  providers: [
    AuthService,
    Authenticator,
    AuthFailureLog,
    SessionsService,
    MfaService,
    OidcClientService,
    OidcFlowsService,
    OidcAccountsService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [JwtModule, Authenticator, AuthFailureLog, SessionsService],
})
export class AuthModule {}
