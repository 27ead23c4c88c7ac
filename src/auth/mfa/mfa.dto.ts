import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class MfaStatusView {
  @ApiProperty({ type: Boolean, description: 'A TOTP authenticator is enrolled' })
  enrolled!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  enrolledAt!: Date | null;

  @ApiProperty({
    type: Boolean,
    description: 'Your roles need a second factor (MFA_REQUIRED_ROLES) for password sign-in',
  })
  requiredByRole!: boolean;

  @ApiProperty({ type: 'integer', description: 'Recovery codes not used yet' })
  recoveryCodesLeft!: number;
}

/** The secret to put in an authenticator app, as a QR code and as text. */
export class TotpEnrolmentView {
  @ApiProperty({ type: String, description: 'The base32 secret, for typing in by hand' })
  secret!: string;

  @ApiProperty({ type: String, description: 'The otpauth:// URI the QR code holds' })
  otpauthUri!: string;

  @ApiProperty({ type: String, description: 'The QR code as a data:image/png;base64 URL' })
  qrCodeDataUrl!: string;
}

export class TotpCodeDto {
  @ApiProperty({ type: String, pattern: '^\\d{6}$', example: '123456' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits the authenticator app shows' })
  code!: string;
}

export class RecoveryCodesView {
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'Ten one-time recovery codes, shown this once (only their hashes are kept)',
  })
  recoveryCodes!: string[];
}

export class MfaResetView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  email!: string;

  @ApiProperty({ type: Boolean, description: 'An authenticator was enrolled before the reset' })
  wasEnrolled!: boolean;
}
