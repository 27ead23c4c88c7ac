import { generateSync } from 'otplib';
import { checkTotp, newTotpSecret } from './totp';

describe('checkTotp', () => {
  const secret = newTotpSecret();
  // A fixed instant, 10 s into a 30-second step: time is given, never waited for.
  const now = 1_800_000_010_000;
  const step = Math.floor(now / 30_000);
  const codeAt = (ms: number) => generateSync({ secret, epoch: Math.floor(ms / 1000) });

  it('accepts the current code and names its step', () => {
    expect(checkTotp(secret, codeAt(now), now, null)).toEqual({ ok: true, step });
  });

  it('accepts one step of drift either way, not two', () => {
    expect(checkTotp(secret, codeAt(now - 30_000), now, null)).toEqual({
      ok: true,
      step: step - 1,
    });
    expect(checkTotp(secret, codeAt(now + 30_000), now, null)).toEqual({
      ok: true,
      step: step + 1,
    });
    expect(checkTotp(secret, codeAt(now - 60_000), now, null).ok).toBe(false);
    expect(checkTotp(secret, codeAt(now + 60_000), now, null).ok).toBe(false);
  });

  it('refuses a code whose step was already used, or an earlier one', () => {
    expect(checkTotp(secret, codeAt(now), now, step)).toEqual({ ok: false, reused: true });
    expect(checkTotp(secret, codeAt(now - 30_000), now, step)).toEqual({ ok: false, reused: true });
    expect(checkTotp(secret, codeAt(now + 30_000), now, step)).toEqual({
      ok: true,
      step: step + 1,
    });
  });

  it('refuses a wrong or malformed code', () => {
    const wrong = String((Number(codeAt(now)) + 1) % 1_000_000).padStart(6, '0');
    expect(checkTotp(secret, wrong, now, null)).toEqual({ ok: false, reused: false });
    expect(checkTotp(secret, 'abcdef', now, null)).toEqual({ ok: false, reused: false });
  });
});
