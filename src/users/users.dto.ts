import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Role } from '../auth/role.enum';
import { IsAcceptablePassword } from './password-policy';
import { User } from './user.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @ApiProperty({ type: String, maxLength: 254, format: 'email' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ type: String, minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  /** At least 12 characters and not one of the most common passwords. */
  @ApiProperty({ type: String, minLength: 12, maxLength: 256 })
  @IsAcceptablePassword()
  password!: string;

  @ApiProperty({ enum: Role, isArray: true, minItems: 1, uniqueItems: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Role, {
    each: true,
    message: `each role must be one of ${Object.values(Role).join(', ')}`,
  })
  roles!: Role[];
}

export class UpdateUserDto {
  @ApiPropertyOptional({ type: String, minLength: 1, maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiProperty({ enum: Role, isArray: true, required: false, minItems: 1, uniqueItems: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Role, {
    each: true,
    message: `each role must be one of ${Object.values(Role).join(', ')}`,
  })
  roles?: Role[];

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UserView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  email!: string;
  @ApiProperty({ type: String })
  name!: string;
  @ApiProperty({ enum: Role, isArray: true })
  roles!: Role[];
  @ApiProperty({ type: Boolean })
  active!: boolean;
  @ApiProperty({ type: Date })
  createdAt!: Date;
  @ApiProperty({
    type: Boolean,
    description: 'An authenticator app (TOTP) is enrolled for two-factor sign-in',
  })
  mfaEnrolled!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The single sign-on provider (issuer) the account is linked to, if any',
  })
  ssoIssuer!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The account's subject at that provider (Entra ID: the object id), if linked",
  })
  ssoSubject!: string | null;

  static of(user: User): UserView {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      active: user.active,
      createdAt: user.createdAt,
      mfaEnrolled: user.totpEnabledAt !== null && user.totpEnabledAt !== undefined,
      ssoIssuer: user.oidcIssuer ?? null,
      ssoSubject: user.oidcSubject ?? null,
    };
  }
}

/** Who is who, for showing names beside audit events: nothing else about the account. */
export class UserDirectoryEntry {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true })
  roles!: Role[];
}
