import { Role } from '../role.enum';

export type AuthMethod = 'PASSWORD' | 'OIDC';

/**
 * Whether a caller must enrol a TOTP authenticator before anything else: they hold a role in
 * MFA_REQUIRED_ROLES, signed in with a local password (with single sign-on the second factor is
 * the provider's job) and have none yet.
 */
export function mfaEnrolmentRequired(
  requiredRoles: readonly Role[],
  roles: readonly Role[],
  enrolled: boolean,
  method: AuthMethod,
): boolean {
  return method === 'PASSWORD' && !enrolled && roles.some((r) => requiredRoles.includes(r));
}
