import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** What the sign-in page offers, from the server's configuration (never hard-coded in the UI). */
export class SignInOptionsView {
  @ApiProperty({ type: Boolean, description: 'Single sign-on (OpenID Connect) is configured' })
  ssoEnabled!: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The provider\'s name for the button "Sign in with <name>" (OIDC_DISPLAY_NAME)',
  })
  ssoDisplayName!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Where the browser goes to start single sign-on',
  })
  ssoStartUrl!: string | null;

  @ApiProperty({
    type: Boolean,
    description:
      'Local passwords are accepted (false with LOCAL_LOGIN=false: only the break-glass admin may still use one)',
  })
  localLoginEnabled!: boolean;
}

export class SsoIdentityDto {
  @ApiProperty({
    type: String,
    minLength: 1,
    maxLength: 255,
    description:
      "The user's subject (`sub` claim) at the configured provider; Entra ID's `sub` differs per application and is not the object id",
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'subject must not be empty' })
  @MaxLength(255)
  subject!: string;
}

export class SsoIdentityView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  email!: string;

  @ApiProperty({ type: String, nullable: true })
  issuer!: string | null;

  @ApiProperty({ type: String, nullable: true })
  subject!: string | null;
}
