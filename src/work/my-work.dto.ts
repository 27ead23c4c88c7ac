import { ApiProperty } from '@nestjs/swagger';

export class MyVettingView {
  @ApiProperty({ format: 'uuid' })
  vettingId!: string;

  @ApiProperty({ format: 'uuid' })
  processId!: string;

  @ApiProperty()
  processTitle!: string;

  @ApiProperty({ format: 'uuid' })
  candidateId!: string;

  @ApiProperty()
  candidateName!: string;

  @ApiProperty({ enum: ['NOT_ASSIGNED', 'ASSIGNED', 'IN_PROGRESS', 'SUBMITTED', 'RELEASED'] })
  status!: string;

  @ApiProperty({ description: 'Checklist items with a logged result' })
  itemsResolved!: number;

  @ApiProperty({ description: 'Checklist items of the vetting’s checklist version' })
  itemsTotal!: number;

  @ApiProperty()
  findings!: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  assignedAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  submittedAt!: Date | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description:
      'When its hiring process was closed: the vetting no longer changes (null while open)',
  })
  processClosedAt!: Date | null;
}

/** A finding of another searcher that is waiting for a validation (policy IV.B.10). */
export class PendingValidationView {
  @ApiProperty({ format: 'uuid' })
  findingId!: string;

  @ApiProperty({ format: 'uuid' })
  vettingId!: string;

  @ApiProperty({ format: 'uuid' })
  processId!: string;

  @ApiProperty()
  processTitle!: string;

  @ApiProperty()
  candidateName!: string;

  @ApiProperty()
  itemKey!: string;

  @ApiProperty()
  category!: string;

  @ApiProperty({ format: 'uuid' })
  authorId!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;
}

/** A screened finding whose protected-class flags no one has reviewed yet (policy IV.B.6b). */
export class PendingFilterReviewView {
  @ApiProperty({ format: 'uuid' })
  findingId!: string;

  @ApiProperty({ format: 'uuid' })
  vettingId!: string;

  @ApiProperty({ format: 'uuid' })
  processId!: string;

  @ApiProperty()
  processTitle!: string;

  @ApiProperty()
  candidateName!: string;

  @ApiProperty({ description: 'The text version the review is for' })
  textVersion!: number;

  @ApiProperty({ description: 'Flags the detector raised on that text' })
  flags!: number;
}

export class MyWorkView {
  @ApiProperty({
    description: 'False when the searcher designation is not active: only assigned vettings show',
  })
  designationActive!: boolean;

  @ApiProperty({ type: [MyVettingView] })
  vettings!: MyVettingView[];

  @ApiProperty({ type: [PendingValidationView] })
  validations!: PendingValidationView[];

  @ApiProperty({ type: [PendingFilterReviewView] })
  filterReviews!: PendingFilterReviewView[];
}
