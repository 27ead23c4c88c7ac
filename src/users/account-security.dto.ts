import { IsAcceptablePassword } from './password-policy';

export class TemporaryPasswordDto {
  /** At least 12 characters and not one of the most common passwords; tell it to the owner. */
  @IsAcceptablePassword()
  password!: string;
}

/** A locked account, for the administrator who tells its owner and may unlock it. */
export class LockedAccountView {
  id!: string;
  email!: string;
  name!: string;
  lockedUntil!: Date;
  failedLoginCount!: number;
}

export class UnlockedAccountView {
  id!: string;
  email!: string;
  /** Whether the account was locked when the request came (unlocking is idempotent). */
  wasLocked!: boolean;
}

export class TemporaryPasswordView {
  id!: string;
  email!: string;
  mustChangePassword!: boolean;
}
