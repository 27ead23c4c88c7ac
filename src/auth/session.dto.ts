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
