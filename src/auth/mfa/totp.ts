import { generateSecret, generateURI, verifySync } from 'otplib';

/** RFC 6238 defaults every authenticator app uses: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(issuer: string, account: string, secret: string): string {
  return generateURI({ issuer, label: account, secret });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reused: boolean };

/**
 * Checks a code at `nowMs`, accepting one step of clock drift either way. A code whose step is
 * not after `lastStep` (the last one accepted for this user) is refused as reused, so a code
 * seen by someone else cannot be played again, even within its own 30 seconds.
 */
export function checkTotp(
  secret: string,
  code: string,
  nowMs: number,
  lastStep: number | null,
): TotpCheck {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return { ok: false, reused: false };
  const options = {
    secret,
    token,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    period: TOTP_PERIOD_SECONDS,
  };
  const result = verifySync(options);
  if (!result.valid || !('timeStep' in result)) return { ok: false, reused: false };
  const step = result.timeStep;
  if (lastStep !== null && step <= lastStep) return { ok: false, reused: true };
  return { ok: true, step };
}
