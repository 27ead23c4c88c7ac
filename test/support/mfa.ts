import { generateSync } from 'otplib';
import { MfaService } from '../../src/auth/mfa/mfa.service';
import { TestApp } from './test-app';

/**
 * The server's TOTP clock, set by the test: codes are computed for the instant the server will
 * check them at, so no test ever waits for the next 30-second step.
 */
export function controlMfaClock(t: TestApp, start = Date.now()) {
  let now = start;
  t.get(MfaService).now = () => now;
  return {
    get now() {
      return now;
    },
    advance(ms: number) {
      now += ms;
    },
    code(secret: string, offsetMs = 0) {
      return generateSync({ secret, epoch: Math.floor((now + offsetMs) / 1000) });
    },
  };
}

export type MfaClock = ReturnType<typeof controlMfaClock>;

/** Enrols a TOTP authenticator for a signed-in caller (bearer auth); returns its secret and codes. */
export async function enrolTotp(t: TestApp, auth: Record<string, string>, clock: MfaClock) {
  const start = await t.http().post('/api/auth/mfa/totp').set(auth);
  if (start.status !== 201) throw new Error(`enrol: ${start.status} ${JSON.stringify(start.body)}`);
  const secret = start.body.secret as string;
  const done = await t
    .http()
    .post('/api/auth/mfa/totp/confirm')
    .set(auth)
    .send({ code: clock.code(secret) });
  if (done.status !== 200) throw new Error(`confirm: ${done.status} ${JSON.stringify(done.body)}`);
  return { secret, recoveryCodes: done.body.recoveryCodes as string[], start: start.body };
}
