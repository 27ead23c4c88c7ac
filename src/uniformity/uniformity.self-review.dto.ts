import { ApiProperty } from '@nestjs/swagger';

/** A finding whose standing filter review was made by the searcher who logged it. */
export class SelfReviewedFindingView {
  @ApiProperty({ type: String, format: 'uuid' })
  findingId!: string;
  @ApiProperty({ type: String, format: 'uuid' })
  vettingId!: string;
  @ApiProperty({ type: String, format: 'uuid' })
  candidateId!: string;
  @ApiProperty({ type: String, format: 'uuid' })
  reviewerId!: string;
  @ApiProperty({ type: String, nullable: true })
  reviewerName!: string | null;
  @ApiProperty({ type: Date })
  reviewedAt!: Date;
  /** True when the process had relaxed independent filter review (the self-review was allowed). */
  @ApiProperty({ type: Boolean })
  underRelaxedSetting!: boolean;
}

export class SelfReviewSearcherCount {
  @ApiProperty({ type: String, format: 'uuid' })
  searcherId!: string;
  @ApiProperty({ type: String, nullable: true })
  name!: string | null;
  @ApiProperty({ type: 'integer' })
  selfReviewedFindings!: number;
}

/**
 * Independent filter review (a second pair of eyes on the protected-class filter): findings
 * whose latest filter review was made by their own author, in total and per searcher. Shown
 * whether or not the process relaxed the rule, so an allowed self-review stays visible.
 */
export class FilterReviewIndependenceView {
  @ApiProperty({ type: Boolean })
  requireIndependentFilterReview!: boolean;
  @ApiProperty({ type: String, nullable: true })
  relaxedReason!: string | null;
  /** Findings with a filter review (latest review per finding). */
  @ApiProperty({ type: 'integer' })
  reviewedFindings!: number;
  @ApiProperty({ type: 'integer' })
  selfReviewedFindings!: number;
  @ApiProperty({ type: () => [SelfReviewSearcherCount] })
  perSearcher!: SelfReviewSearcherCount[];
  @ApiProperty({ type: () => [SelfReviewedFindingView] })
  findings!: SelfReviewedFindingView[];
}
