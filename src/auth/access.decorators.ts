import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator';
import { Role } from './role.enum';

export const ACCESS_METADATA = 'cybervet:access';

export type AccessRule = { public: true } | { roles: Role[] };

/** The route needs no sign-in. Used by login, health and docs only. */
export const Public = () => SetMetadata(ACCESS_METADATA, { public: true } satisfies AccessRule);

/** The roles that may call the route. A route without this (or @Public) is refused: deny by default. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_METADATA, { roles } satisfies AccessRule),
    ApiBearerAuth(),
    ApiErrors(
      [401, 'No valid token'],
      [403, `Requires one of: ${roles.join(', ')}; or an object-level rule refuses the caller`],
    ),
  );

export const PASSWORD_CHANGE_METADATA = 'cybervet:allowed-before-password-change';

/**
 * The route stays open to a caller who signed in with a temporary password and has not yet
 * chosen their own. Every other route answers 403 until they do (the guard enforces it).
 */
export const AllowedBeforePasswordChange = () => SetMetadata(PASSWORD_CHANGE_METADATA, true);

export const MFA_ENROLMENT_METADATA = 'cybervet:allowed-before-mfa-enrolment';

/**
 * The route stays open to a caller who must enrol a TOTP authenticator (their role is in
 * MFA_REQUIRED_ROLES) and has not yet. Every other route answers 403 until they do.
 */
export const AllowedBeforeMfaEnrolment = () => SetMetadata(MFA_ENROLMENT_METADATA, true);

export const WITHOUT_ROLES_METADATA = 'cybervet:allowed-without-roles';

/**
 * Reading, extending and ending one's own session: open to every signed-in caller, also before
 * a password change or MFA enrolment, and to an account single sign-on created that holds no
 * role yet (it can see who it is and sign out, nothing else).
 */
export const OwnSessionRoute = () =>
  applyDecorators(
    AllowedBeforePasswordChange(),
    AllowedBeforeMfaEnrolment(),
    SetMetadata(WITHOUT_ROLES_METADATA, true),
  );
