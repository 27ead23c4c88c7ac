import { amrShowsSecondFactor } from './amr';

describe('amrShowsSecondFactor', () => {
  it('accepts "mfa" (Entra ID sends ["pwd","mfa"]) and two kinds of factor', () => {
    expect(amrShowsSecondFactor(['pwd', 'mfa'])).toBe(true);
    expect(amrShowsSecondFactor(['pwd', 'otp'])).toBe(true);
    expect(amrShowsSecondFactor(['hwk', 'fpt'])).toBe(true);
  });

  it('refuses a password alone, one kind twice, no claim or a malformed one', () => {
    expect(amrShowsSecondFactor(['pwd'])).toBe(false);
    expect(amrShowsSecondFactor(['otp', 'sms'])).toBe(false);
    expect(amrShowsSecondFactor(undefined)).toBe(false);
    expect(amrShowsSecondFactor('mfa')).toBe(false);
    expect(amrShowsSecondFactor([])).toBe(false);
  });
});
