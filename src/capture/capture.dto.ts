import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { SigningKeyView } from '../signing/signing-key.dto';
import { CAPTURE_STATUSES, CaptureStatus } from './capture.entity';

export class CreateCaptureDto {
  @ApiProperty({ type: String, maxLength: 2048, example: 'https://example.com/posts/123' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2048)
  url!: string;
}

export class CaptureFileView {
  @ApiProperty({ enum: ['screenshot', 'pdf', 'mhtml'] })
  kind!: 'screenshot' | 'pdf' | 'mhtml';
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  evidenceId!: string | null;
  @ApiProperty({ type: String })
  sha256!: string;
  @ApiProperty({ type: Number })
  size!: number;
  @ApiProperty({ type: String })
  contentType!: string;
}

export class RedirectHopView {
  @ApiProperty({ type: String })
  url!: string;
  @ApiProperty({ type: Number })
  status!: number;
  @ApiProperty({ type: String, nullable: true })
  location!: string | null;
}

export class HeaderView {
  @ApiProperty({ type: String })
  name!: string;
  @ApiProperty({ type: String })
  value!: string;
}

export class BlockedRequestView {
  @ApiProperty({ type: String })
  url!: string;
  @ApiProperty({ type: String })
  resourceType!: string;
  @ApiProperty({ type: String })
  reason!: string;
}

export class TlsView {
  @ApiProperty({ type: String, nullable: true })
  protocol!: string | null;
  @ApiProperty({ type: String, nullable: true })
  subject!: string | null;
  @ApiProperty({ type: String, nullable: true })
  issuer!: string | null;
  @ApiProperty({ type: String, nullable: true })
  validFrom!: string | null;
  @ApiProperty({ type: String, nullable: true })
  validTo!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'SHA-256 of the leaf certificate (hex)',
  })
  sha256Fingerprint!: string | null;
  @ApiProperty({ type: String })
  fingerprintSource!: string;
}

export class ConnectionView {
  @ApiProperty({ type: String })
  host!: string;
  @ApiProperty({ type: Number })
  port!: number;
  @ApiProperty({ type: String })
  address!: string;
}

/** The signed manifest's content, field by field, for people (the signed bytes are `manifestJson`). */
export class CaptureManifestView {
  @ApiProperty({ type: String })
  requestedUrl!: string;
  @ApiProperty({ type: String })
  finalUrl!: string;
  @ApiProperty({ type: [RedirectHopView] })
  redirects!: RedirectHopView[];
  @ApiProperty({ type: Number })
  httpStatus!: number;
  @ApiProperty({ type: String })
  statusText!: string;
  @ApiProperty({ type: [HeaderView] })
  headers!: HeaderView[];
  @ApiProperty({ type: TlsView, nullable: true })
  tls!: TlsView | null;
  @ApiProperty({ type: String })
  tlsNote!: string;
  @ApiProperty({ type: [ConnectionView] })
  connections!: ConnectionView[];
  @ApiProperty({ type: [BlockedRequestView] })
  blockedRequests!: BlockedRequestView[];
  @ApiProperty({
    type: [String],
    description:
      'host:port the browser itself tried to reach (not the page), refused without a DNS lookup',
  })
  browserOwnRequestsRefused!: string[];
  @ApiProperty({ type: String })
  browserVersion!: string;
  @ApiProperty({ type: String })
  userAgent!: string;
  @ApiProperty({ type: String })
  profile!: string;
  @ApiProperty({ type: String, description: 'UTC, ISO 8601' })
  capturedAt!: string;
  @ApiProperty({ type: Number })
  bytesDownloaded!: number;
  @ApiProperty({ type: String, nullable: true })
  notPublicReason!: string | null;
}

/** When and under which rule the retention purge blanked a capture's URLs and manifest. */
export class CapturePurgedView {
  @ApiProperty({ type: Date })
  at!: Date;
  @ApiProperty({ type: String, description: 'The retention rule the purge applied' })
  rule!: string;
  @ApiProperty({ type: String, example: 'Purged under the retention schedule' })
  note!: string;
}

/** A server capture as a designated searcher of the process sees it (raw: the URL). */
export class CaptureView {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, format: 'uuid' })
  findingId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'NULL once purged' })
  url!: string | null;
  @ApiProperty({
    type: CapturePurgedView,
    nullable: true,
    description:
      'Set once the retention purge removed the URLs and manifest: the signature then has nothing to check',
  })
  purged!: CapturePurgedView | null;
  @ApiProperty({ enum: CAPTURE_STATUSES })
  status!: CaptureStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why NOT_PUBLIC or FAILED' })
  reason!: string | null;
  @ApiProperty({ type: String, format: 'uuid' })
  requestedBy!: string;
  @ApiProperty({ type: Date })
  requestedAt!: Date;
  @ApiProperty({ type: Date, nullable: true })
  finishedAt!: Date | null;
  @ApiProperty({ type: [CaptureFileView], description: 'Evidence files (DONE only)' })
  files!: CaptureFileView[];
  @ApiProperty({ type: CaptureManifestView, nullable: true })
  manifest!: CaptureManifestView | null;
  @ApiProperty({ type: String, nullable: true, description: 'The exact signed manifest bytes' })
  manifestJson!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Ed25519 signature over manifestJson, base64',
  })
  manifestSignature!: string | null;
  @ApiProperty({ type: SigningKeyView, nullable: true })
  signingKey!: SigningKeyView | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: "The signature checked against the deployment's key now",
  })
  signatureValid!: boolean | null;
}
