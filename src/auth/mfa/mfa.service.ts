import {
  BadRequestException,
  ConflictException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toDataURL } from 'qrcode';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { refuse } from '../../common/refusal.exception';
import { AppConfig } from '../../config/app-config';
import { hashPassword, verifyPassword } from '../../users/password';
import { Caller } from '../current-user.decorator';
import { MfaResetView, MfaStatusView, RecoveryCodesView, TotpEnrolmentView } from './mfa.dto';
import { mfaEnrolmentRequired } from './mfa-policy';
import { newRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';
import { checkTotp, newTotpSecret, totpUri } from './totp';

export type SecondFactorResult =
  | { ok: true; via: 'totp' | 'recovery-code'; recoveryCodesLeft?: number }
  | {
      ok: false;
      reason: 'wrong two-factor code' | 'reused two-factor code' | 'wrong recovery code';
    };

interface TotpRow {
  totp_secret: string | null;
  totp_last_step: string | null;
}

/** TOTP enrolment, the second factor at sign-in, recovery codes and the administrator's reset. */
@Injectable()
export class MfaService {
  /** The clock codes are checked against; tests set it, so time is controlled, never waited for. */
  now: () => number = () => Date.now();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async status(caller: Caller): Promise<MfaStatusView> {
    const [row] = await this.dataSource.query<{ totp_enabled_at: Date | null; left: number }[]>(
      `SELECT u.totp_enabled_at,
              (SELECT count(*)::int FROM mfa_recovery_codes c
                WHERE c.user_id = u.id AND c.used_at IS NULL) AS left
         FROM users u WHERE u.id = $1`,
      [caller.id],
    );
    return {
      enrolled: row.totp_enabled_at !== null,
      enrolledAt: row.totp_enabled_at,
      requiredByRole: mfaEnrolmentRequired(
        this.config.mfaRequiredRoles,
        caller.roles,
        false,
        'PASSWORD',
      ),
      recoveryCodesLeft: row.left,
    };
  }

  /** A new secret, pending until a code from it is confirmed; any earlier pending one is replaced. */
  async startEnrolment(caller: Caller): Promise<TotpEnrolmentView> {
    const secret = newTotpSecret();
    const [rows] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE users SET totp_pending_secret = $2 WHERE id = $1 AND totp_enabled_at IS NULL RETURNING id`,
      [caller.id, secret],
    );
    if (rows.length === 0) {
      throw new ConflictException(
        'An authenticator is already enrolled; an administrator can reset it if the device is lost',
      );
    }
    const otpauthUri = totpUri(this.config.MFA_ISSUER, caller.email, secret);
    return { secret, otpauthUri, qrCodeDataUrl: await toDataURL(otpauthUri) };
  }

  /** Confirms enrolment with a code from the app; returns the ten recovery codes, this once. */
  async confirmEnrolment(caller: Caller, code: string): Promise<RecoveryCodesView> {
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    const hashes = await Promise.all(codes.map((c) => hashPassword(normaliseRecoveryCode(c))));
    await this.dataSource.transaction(async (m) => {
      const [row] = await m.query<
        { totp_pending_secret: string | null; totp_enabled_at: Date | null }[]
      >(`SELECT totp_pending_secret, totp_enabled_at FROM users WHERE id = $1 FOR UPDATE`, [
        caller.id,
      ]);
      if (row.totp_enabled_at) throw new ConflictException('An authenticator is already enrolled');
      if (!row.totp_pending_secret) {
        throw new BadRequestException(
          'No enrolment in progress: start one with POST /api/auth/mfa/totp',
        );
      }
      const check = checkTotp(row.totp_pending_secret, code, this.now(), null);
      if (!check.ok) {
        throw new BadRequestException(
          "code does not match the new authenticator: check the app's clock and type the current code",
        );
      }
      await m.query(
        `UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL,
                totp_enabled_at = now(), totp_last_step = $2 WHERE id = $1`,
        [caller.id, check.step],
      );
      await m.query(`DELETE FROM mfa_recovery_codes WHERE user_id = $1`, [caller.id]);
      await m.query(
        `INSERT INTO mfa_recovery_codes (user_id, code_hash) SELECT $1, unnest($2::text[])`,
        [caller.id, hashes],
      );
      await this.audit.append(m, {
        action: 'auth.mfa.enrol',
        subjectType: 'user',
        subjectId: caller.id,
        details: { method: 'TOTP', recoveryCodes: RECOVERY_CODE_COUNT },
      });
    });
    return { recoveryCodes: codes };
  }

  /**
   * The second factor at sign-in: a TOTP code (its step is stored, so it cannot be used again)
   * or a recovery code (marked used). Row-locked, so two requests cannot both spend one code.
   */
  async verify(
    m: EntityManager,
    userId: string,
    input: { code?: string; recoveryCode?: string },
  ): Promise<SecondFactorResult> {
    const [row] = await m.query<TotpRow[]>(
      `SELECT totp_secret, totp_last_step FROM users WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    if (input.code !== undefined && row.totp_secret) {
      const last = row.totp_last_step === null ? null : Number(row.totp_last_step);
      const check = checkTotp(row.totp_secret, input.code, this.now(), last);
      if (!check.ok)
        return {
          ok: false,
          reason: check.reused ? 'reused two-factor code' : 'wrong two-factor code',
        };
      await m.query(`UPDATE users SET totp_last_step = $2 WHERE id = $1`, [userId, check.step]);
      return { ok: true, via: 'totp' };
    }
    const typed = normaliseRecoveryCode(input.recoveryCode ?? '');
    const unused = await m.query<{ id: string; code_hash: string }[]>(
      `SELECT id, code_hash FROM mfa_recovery_codes WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    for (const c of unused) {
      if (typed.length > 0 && (await verifyPassword(c.code_hash, typed))) {
        await m.query(`UPDATE mfa_recovery_codes SET used_at = now() WHERE id = $1`, [c.id]);
        return { ok: true, via: 'recovery-code', recoveryCodesLeft: unused.length - 1 };
      }
    }
    return { ok: false, reason: 'wrong recovery code' };
  }

  /**
   * An administrator removes a user's authenticator and recovery codes (a lost phone). The user
   * is signed out everywhere and enrols again at the next sign-in. Nobody resets their own.
   */
  async reset(caller: Caller, userId: string): Promise<MfaResetView> {
    if (caller.id === userId) {
      throw refuse.forbidden(
        'You cannot reset your own two-factor authentication: ask another administrator',
        {
          action: 'user.mfa.reset',
          subjectType: 'user',
          subjectId: userId,
          details: { reason: 'own account' },
        },
      );
    }
    return this.dataSource.transaction(async (m) => {
      const [user] = await m.query<{ email: string; totp_enabled_at: Date | null }[]>(
        `SELECT email, totp_enabled_at FROM users WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (!user) throw new NotFoundException('User not found');
      await m.query(
        `UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL,
                totp_last_step = NULL, token_version = token_version + 1, updated_at = now()
          WHERE id = $1`,
        [userId],
      );
      const [, removed] = await m.query<[unknown[], number]>(
        `DELETE FROM mfa_recovery_codes WHERE user_id = $1`,
        [userId],
      );
      await this.audit.append(m, {
        action: 'user.mfa.reset',
        subjectType: 'user',
        subjectId: userId,
        details: {
          email: user.email,
          wasEnrolled: user.totp_enabled_at !== null,
          recoveryCodesRemoved: removed,
          signedOutEverywhere: true,
        },
      });
      return { id: userId, email: user.email, wasEnrolled: user.totp_enabled_at !== null };
    });
  }
}
