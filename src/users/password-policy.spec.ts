import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long passphrase that is not on the common list', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
    expect(passwordProblem('a long enough pass')).toBeNull();
  });

  it('refuses anything under 12 characters', () => {
    expect(passwordProblem('short-pass1')).toMatch(/at least 12 characters/);
    expect(passwordProblem('newPassword', 'newPassword')).toMatch(/^newPassword must be at least/);
  });

  it('refuses the common passwords of the shipped list, whatever the case or spacing', () => {
    for (const common of ['password1234', '123456789012', 'QWERTY123456', 'qwerty 123456']) {
      expect(passwordProblem(common)).toMatch(/most commonly used passwords/);
    }
  });
});
