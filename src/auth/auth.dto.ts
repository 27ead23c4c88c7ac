import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsAcceptablePassword } from '../users/password-policy';
import { Role } from './role.enum';

export class LoginDto {
  @ApiProperty({ type: String, minLength: 3, maxLength: 254 })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email!: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: 256, format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;

  /** The 6-digit code from the authenticator app, for an account with TOTP enrolled. */
  @ApiPropertyOptional({ type: String, pattern: '^\\d{6}$', example: '123456' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits the authenticator app shows' })
  code?: string;

  /** Instead of `code`: one of the ten one-time recovery codes given at enrolment. */
  @ApiPropertyOptional({ type: String, minLength: 10, maxLength: 20, example: 'ABCDE-FGHJK' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(20)
  recoveryCode?: string;
}

export class ChangePasswordDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 256 })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  currentPassword!: string;

  /** At least 12 characters and not one of the most common passwords. */
  @ApiProperty({ type: String, minLength: 12, maxLength: 256 })
  @IsAcceptablePassword()
  newPassword!: string;
}

export class SignedInUser {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  email!: string;
  @ApiProperty({ type: String })
  name!: string;
  @ApiProperty({ enum: Role, isArray: true })
  roles!: Role[];
  /** True after an administrator set a temporary password: change it before anything else. */
  mustChangePassword!: boolean;
  /** Holds a role in MFA_REQUIRED_ROLES and has no authenticator yet: enrol before anything else. */
  @ApiProperty({ type: Boolean })
  mfaEnrolmentRequired!: boolean;
  @ApiProperty({ type: Boolean, description: 'A TOTP authenticator is enrolled' })
  mfaEnrolled!: boolean;
}

/** A password change: a fresh bearer token for bearer callers; a browser session keeps its cookie. */
export class PasswordChangeResponse {
  @ApiPropertyOptional({
    type: String,
    description: 'Only when the change was made with a bearer token',
  })
  accessToken?: string;
  @ApiPropertyOptional({ type: Number, description: 'Seconds until the token expires.' })
  expiresIn?: number;
  @ApiProperty({ type: () => SignedInUser })
  user!: SignedInUser;
}

export class LoginResponse {
  @ApiProperty({ type: String })
  accessToken!: string;
  /** Seconds until the token expires. */
  @ApiProperty({ type: Number, description: 'Seconds until the token expires.' })
  expiresIn!: number;
  @ApiProperty({ type: () => SignedInUser })
  user!: SignedInUser;
}
