import { ApiProperty } from '@nestjs/swagger';
import { RELEASE_STATUSES, ReleaseStatus } from './report.entity';

/** The 202 answer to a release request; a repeat while one is pending returns the same release. */
export class ReleaseRequestView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  vettingId!: string;
  @ApiProperty({ enum: RELEASE_STATUSES })
  status!: ReleaseStatus;
}

export class ReleaseStatusView extends ReleaseRequestView {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Why the release is FAILED (gates no longer held, or compiling ran out of attempts)',
  })
  failureReason!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Same as failureReason (older name)' })
  error!: string | null;
  @ApiProperty({ type: String, nullable: true })
  reportVersionId!: string | null;
  @ApiProperty({ type: Number, nullable: true })
  version!: number | null;
  @ApiProperty({ type: String, nullable: true })
  sha256!: string | null;
}
