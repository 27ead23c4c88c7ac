import { IsString, MaxLength, MinLength } from 'class-validator';
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
