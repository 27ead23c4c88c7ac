import { ApiProperty } from '@nestjs/swagger';
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
import { User } from './user.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(256)
  password!: string;

  @ApiProperty({ enum: Role, isArray: true })
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
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiProperty({ enum: Role, isArray: true, required: false })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Role, {
    each: true,
    message: `each role must be one of ${Object.values(Role).join(', ')}`,
  })
  roles?: Role[];

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UserView {
  id!: string;
  email!: string;
  name!: string;
  @ApiProperty({ enum: Role, isArray: true })
  roles!: Role[];
  active!: boolean;
  createdAt!: Date;

  static of(user: User): UserView {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      active: user.active,
      createdAt: user.createdAt,
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
