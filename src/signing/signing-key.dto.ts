import { ApiProperty } from '@nestjs/swagger';

/**
 * The public half of the deployment's Ed25519 key, which signs every export bundle's manifest
 * (manifest.sig) and every server capture's manifest.
 */
export class SigningKeyView {
  @ApiProperty({ enum: ['Ed25519'] })
  algorithm!: 'Ed25519';
  /** SubjectPublicKeyInfo, PEM: pass it to `export:verify --public-key`. */
  @ApiProperty({
    type: String,
    description: 'SubjectPublicKeyInfo, PEM: pass it to `export:verify --public-key`.',
  })
  publicKey!: string;
  /** SHA-256 (hex) of the DER SubjectPublicKeyInfo; printed in every bundle's README.txt. */
  @ApiProperty({
    type: String,
    description:
      "SHA-256 (hex) of the DER SubjectPublicKeyInfo; printed in every bundle's README.txt.",
  })
  fingerprint!: string;
}
