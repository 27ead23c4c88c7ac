import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Role } from './role.enum';

export class LoginDto {
  @ApiProperty({ minLength: 3, maxLength: 254 })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: 1, maxLength: 256, format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class SignedInUser {
  id!: string;
  email!: string;
  name!: string;
  roles!: Role[];
}

export class LoginResponse {
  accessToken!: string;
  /** Seconds until the token expires. */
  expiresIn!: number;
  user!: SignedInUser;
}
