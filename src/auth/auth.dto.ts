import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
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
