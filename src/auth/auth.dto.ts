import { IsString, MaxLength, MinLength } from 'class-validator';
import { IsAcceptablePassword } from '../users/password-policy';
import { Role } from './role.enum';

export class LoginDto {
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class ChangePasswordDto {
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword!: string;

  /** At least 12 characters and not one of the most common passwords. */
  @IsAcceptablePassword()
  newPassword!: string;
}

export class SignedInUser {
  id!: string;
  email!: string;
  name!: string;
  roles!: Role[];
  /** True after an administrator set a temporary password: change it before anything else. */
  mustChangePassword!: boolean;
}

export class LoginResponse {
  accessToken!: string;
  /** Seconds until the token expires. */
  expiresIn!: number;
  user!: SignedInUser;
}
