import { isSignInUrl, loginWallReason } from './login-wall';

describe('login walls', () => {
  const open = { status: 200, redirectedTo: [], passwordFieldInMain: false };
  it('a public page is not a login wall', () => expect(loginWallReason(open)).toBeNull());
  it('401 and 403 are', () => {
    expect(loginWallReason({ ...open, status: 401 })).toMatch(/401/);
    expect(loginWallReason({ ...open, status: 403 })).toMatch(/403/);
  });
  it('a redirect to a sign-in page is', () => {
    for (const url of [
      'https://www.facebook.com/login/?next=x',
      'https://www.instagram.com/accounts/login/',
      'https://www.linkedin.com/authwall?trk=x',
      'https://accounts.google.com/ServiceLogin',
      'https://x.com/i/flow/login',
      'https://example.org/users/sign_in',
    ])
      expect([url, isSignInUrl(url)]).toEqual([url, true]);
    expect(
      loginWallReason({ ...open, redirectedTo: ['https://www.facebook.com/login/?next=x'] }),
    ).toMatch(/redirected to a sign-in page \(\/login\/\)/);
    expect(isSignInUrl('https://news.example/2024/authority-budget')).toBe(false);
  });
  it('a password field in the main content is', () =>
    expect(loginWallReason({ ...open, passwordFieldInMain: true })).toMatch(/password field/));
});
