import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { hashPassword } from '../../users/password';
import { User } from '../../users/user.entity';
import { Caller } from '../current-user.decorator';
import { amrShowsSecondFactor } from './amr';
import { VerifiedIdentity } from './oidc-client.service';
import { SsoIdentityView } from './oidc.dto';

/** Single sign-on was refused: the message is shown on the sign-in page and audited. */
export class SsoRefused extends Error {
  constructor(
    message: string,
    readonly reason: string,
    readonly userId: string | null = null,
  ) {
    super(message);
  }
}

/**
 * Which account a provider's identity signs in to. By issuer + subject; the first time, an
 * account an administrator linked, or one whose e-mail matches the provider's *verified*
 * e-mail. Roles always come from this system, never from the provider's claims.
 */
@Injectable()
export class OidcAccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async accountFor(identity: VerifiedIdentity): Promise<User> {
    if (this.config.OIDC_REQUIRE_MFA === 'true' && !amrShowsSecondFactor(identity.amr)) {
      throw new SsoRefused(
        'Sign-in refused: the identity provider did not report a second factor (OIDC_REQUIRE_MFA); sign in there with multi-factor authentication',
        `no second factor in amr (${JSON.stringify(identity.amr ?? null)})`,
      );
    }
    // A random password nobody knows, hashed before the transaction: provisioned accounts sign
    // in through the provider only (an administrator may still set a temporary password).
    const unusable =
      this.config.OIDC_AUTO_PROVISION === 'true'
        ? await hashPassword(randomBytes(32).toString('base64url'))
        : '';
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(User);
      let user = await repo.findOne({
        where: { oidcIssuer: identity.issuer, oidcSubject: identity.subject },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user && identity.email && identity.emailVerified) {
        const byEmail = await repo
          .createQueryBuilder('u')
          .where('lower(u.email) = lower(:email)', { email: identity.email })
          .setLock('pessimistic_write')
          .getOne();
        if (byEmail && byEmail.oidcSubject !== null) {
          throw new SsoRefused(
            'Sign-in refused: the account with this e-mail is linked to another single sign-on identity; ask an administrator',
            'e-mail matches an account linked to another identity',
            byEmail.id,
          );
        }
        if (byEmail) {
          await this.link(m, byEmail, identity.issuer, identity.subject, 'verified e-mail');
          user = byEmail;
        }
      }
      if (!user && this.config.OIDC_AUTO_PROVISION === 'true') {
        user = await this.provision(m, identity, unusable);
      }
      if (!user) {
        throw new SsoRefused(
          'Sign-in refused: no account here matches this identity; ask an administrator to link it',
          'unknown identity',
        );
      }
      if (!user.active) {
        throw new SsoRefused(
          'Sign-in refused: this account is deactivated',
          'account deactivated',
          user.id,
        );
      }
      await this.audit.append(m, {
        action: 'auth.login',
        subjectType: 'user',
        subjectId: user.id,
        actorId: user.id,
        actorRoles: user.roles,
        details: {
          email: user.email,
          via: 'oidc',
          issuer: identity.issuer,
          subject: identity.subject,
          amr: identity.amr ?? null,
        },
      });
      return user;
    });
  }

  /** Records a refused single sign-on (the audit event is written whatever went wrong). */
  async recordRefusal(reason: string, identity: Partial<VerifiedIdentity>, userId: string | null) {
    await this.audit.record({
      action: 'auth.oidc.refused',
      subjectType: 'user',
      subjectId: userId,
      actorId: null,
      outcome: 'DENIED',
      details: {
        reason,
        issuer: identity.issuer ?? null,
        subject: identity.subject ?? null,
        email: identity.email ?? null,
      },
    });
  }

  /** An administrator links an account to a subject at the configured provider. */
  async adminLink(userId: string, subject: string): Promise<SsoIdentityView> {
    const issuer = this.issuerOrFail();
    return this.dataSource.transaction(async (m) => {
      const user = await this.lockedUser(m, userId);
      const taken = await m.getRepository(User).findOne({
        where: { oidcIssuer: issuer, oidcSubject: subject },
      });
      if (taken && taken.id !== userId) {
        throw new ConflictException('This single sign-on identity is linked to another account');
      }
      await this.link(m, user, issuer, subject, 'administrator');
      return { id: user.id, email: user.email, issuer, subject };
    });
  }

  async adminUnlink(_caller: Caller, userId: string): Promise<SsoIdentityView> {
    return this.dataSource.transaction(async (m) => {
      const user = await this.lockedUser(m, userId);
      await m.update(User, { id: userId }, { oidcIssuer: null, oidcSubject: null });
      await this.audit.append(m, {
        action: 'user.oidc.unlink',
        subjectType: 'user',
        subjectId: userId,
        details: { email: user.email, issuer: user.oidcIssuer, subject: user.oidcSubject },
      });
      return { id: user.id, email: user.email, issuer: null, subject: null };
    });
  }

  private issuerOrFail(): string {
    if (!this.config.OIDC_ISSUER) throw new NotFoundException('Single sign-on is not configured');
    return this.config.OIDC_ISSUER;
  }

  private async lockedUser(m: EntityManager, id: string): Promise<User> {
    const user = await m
      .getRepository(User)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundException('User not found');
    return user;
  }

  private async link(
    m: EntityManager,
    user: User,
    issuer: string,
    subject: string,
    via: 'administrator' | 'verified e-mail',
  ): Promise<void> {
    await m.update(User, { id: user.id }, { oidcIssuer: issuer, oidcSubject: subject });
    user.oidcIssuer = issuer;
    user.oidcSubject = subject;
    await this.audit.append(m, {
      action: 'user.oidc.link',
      subjectType: 'user',
      subjectId: user.id,
      ...(via === 'verified e-mail' && { actorId: user.id, actorRoles: user.roles }),
      details: { email: user.email, issuer, subject, via },
    });
  }

  private async provision(m: EntityManager, identity: VerifiedIdentity, passwordHash: string) {
    if (!identity.email || !identity.emailVerified) {
      throw new SsoRefused(
        'Sign-in refused: the identity provider gave no verified e-mail, so no account can be created',
        'auto-provisioning needs a verified e-mail',
      );
    }
    const user = m.create(User, {
      email: identity.email,
      name: (identity.name ?? identity.email).slice(0, 200),
      passwordHash,
      roles: [],
      oidcIssuer: identity.issuer,
      oidcSubject: identity.subject,
    });
    await m.insert(User, user);
    await this.audit.append(m, {
      action: 'user.create',
      subjectType: 'user',
      subjectId: user.id,
      actorId: null,
      details: {
        email: user.email,
        roles: [],
        via: 'oidc auto-provisioning',
        issuer: identity.issuer,
        subject: identity.subject,
      },
    });
    return m.getRepository(User).findOneByOrFail({ id: user.id });
  }
}
