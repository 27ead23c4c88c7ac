import { ApiProperty } from '@nestjs/swagger';

/** One signed checkpoint in AUDIT_ANCHOR_DIR (`GET /api/audit/anchors`). */
export class AnchorView {
  @ApiProperty({ type: String, description: 'The file name in AUDIT_ANCHOR_DIR' })
  file!: string;
  @ApiProperty({ type: Number, description: 'The event the checkpoint vouches for' })
  seq!: number;
  @ApiProperty({ type: String, description: "That event's hash when the checkpoint was signed" })
  hash!: string;
  @ApiProperty({ type: Number, description: 'Events in the chain up to and including seq' })
  count!: number;
  @ApiProperty({ type: String, format: 'date-time', description: 'When it was signed (UTC)' })
  at!: string;
  @ApiProperty({ type: String, description: "SHA-256 of the signing key's DER public key" })
  keyFingerprint!: string;
  @ApiProperty({
    type: String,
    description: 'Base64 Ed25519 signature over the canonical JSON of {seq, hash, count, at}',
  })
  signature!: string;
  @ApiProperty({
    type: Boolean,
    description: "The signature checks out against this deployment's key",
  })
  signatureValid!: boolean;
}
