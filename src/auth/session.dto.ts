import { ApiProperty } from '@nestjs/swagger';
import { Role } from './role.enum';

export class SessionUserView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  email!: string;

  @ApiProperty({ type: String })
  name!: string;

  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true })
  roles!: Role[];

  /** Signed in with a temporary password: only `POST /api/auth/password` is open until it changes. */
  @ApiProperty({ type: Boolean })
  mustChangePassword!: boolean;

  /** Holds a role in MFA_REQUIRED_ROLES and has no authenticator yet: only enrolment is open. */
  @ApiProperty({ type: Boolean })
  mfaEnrolmentRequired!: boolean;

  @ApiProperty({ type: Boolean, description: 'A TOTP authenticator is enrolled' })
  mfaEnrolled!: boolean;

  @ApiProperty({
    enum: ['PASSWORD', 'OIDC'],
    enumName: 'AuthMethod',
    description: 'How this session signed in: local password or single sign-on',
  })
  authMethod!: 'PASSWORD' | 'OIDC';
}

/** Signing out: where to send the browser to end the provider's session too, if anywhere. */
export class SignOutView {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "The identity provider's end-session URL (single sign-on sessions, when the provider supports RP-initiated logout); null otherwise",
  })
  providerLogoutUrl!: string | null;
}

/** A browser session as the UI sees it; the cookie itself is never readable by scripts. */
export class SessionStateView {
  @ApiProperty({ type: SessionUserView })
  user!: SessionUserView;

  @ApiProperty({ description: 'Idle seconds after which the session locks (SESSION_IDLE_MINUTES)' })
  idleTimeoutSeconds!: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'When the session locks if no further request extends it',
  })
  idleExpiresAt!: Date;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'Same as idleExpiresAt: when the session locks unless extended',
  })
  expiresAt!: Date;

  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'When the session ends however active it is (SESSION_MAX_HOURS after sign-in)',
  })
  absoluteExpiresAt!: Date;
}
