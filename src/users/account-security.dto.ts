import { ApiProperty } from '@nestjs/swagger';
import { IsAcceptablePassword } from './password-policy';

export class TemporaryPasswordDto {
  /** At least 12 characters and not one of the most common passwords; tell it to the owner. */
  @ApiProperty({ type: String, minLength: 12, maxLength: 256 })
  @IsAcceptablePassword()
  password!: string;
}

/** A locked account, for the administrator who tells its owner and may unlock it. */
export class LockedAccountView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, format: 'email' })
  email!: string;
  @ApiProperty({ type: String })
  name!: string;
  @ApiProperty({ type: String, format: 'date-time' })
  lockedUntil!: Date;
  @ApiProperty({ type: Number })
  failedLoginCount!: number;
}

export class UnlockedAccountView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, format: 'email' })
  email!: string;
  /** Whether the account was locked when the request came (unlocking is idempotent). */
  @ApiProperty({ type: Boolean })
  wasLocked!: boolean;
}

export class TemporaryPasswordView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, format: 'email' })
  email!: string;
  @ApiProperty({ type: Boolean })
  mustChangePassword!: boolean;
}
