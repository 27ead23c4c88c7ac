import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ITEM_OUTCOMES } from '../policy/finding-categories';
import { SEARCH_METHODS } from '../policy/search-methods';
import { FindingMetadataView, RawFindingView } from '../findings/findings.dto';
import { CandidateView } from '../processes/processes.dto';

export class VettingSummaryView {
  @ApiProperty({ type: String })
  id!: string;
  @ApiProperty({ type: String })
  processId!: string;
  @ApiProperty({
    type: 'object',
    properties: { id: { type: 'string', format: 'uuid' }, fullName: { type: 'string' } },
    required: ['id', 'fullName'],
    selfRequired: true,
  })
  candidate!: { id: string; fullName: string };
  @ApiProperty({ type: String })
  status!: string;
  @ApiProperty({ type: String, nullable: true })
  searcherId!: string | null;
  @ApiProperty({ type: Number, nullable: true })
  checklistVersion!: number | null;
  @ApiProperty({ type: Date, nullable: true })
  assignedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true })
  startedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true })
  submittedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true })
  releasedAt!: Date | null;
}

export class ItemView {
  @ApiProperty({ type: String })
  key!: string;
  @ApiProperty({ type: String })
  title!: string;
  @ApiProperty({ type: String })
  platform!: string;
  @ApiProperty({ type: String })
  instructions!: string;
  @ApiProperty({ type: [String] })
  searchTerms!: string[];
  @ApiProperty({
    type: 'object',
    nullable: true,
    description: 'The logged result of the item; null until it is searched',
    properties: {
      outcome: { type: 'string', enum: [...ITEM_OUTCOMES] },
      searchedAt: { type: 'string', format: 'date-time' },
      method: { type: 'string', enum: [...SEARCH_METHODS] },
      searchTerms: { type: 'array', items: { type: 'string' } },
      notes: { type: 'string', nullable: true },
      searcherId: { type: 'string', format: 'uuid' },
    },
    required: ['outcome', 'searchedAt', 'method', 'searchTerms', 'notes', 'searcherId'],
    selfRequired: true,
  })
  result!: {
    outcome: string;
    searchedAt: Date;
    method: string;
    searchTerms: string[];
    notes: string | null;
    searcherId: string;
  } | null;
}

@ApiExtraModels(RawFindingView, FindingMetadataView)
export class VettingDetailView extends VettingSummaryView {
  /** RAW for the assigned, designated searcher; METADATA for ADMIN and AUDITOR. */
  @ApiProperty({ enum: ['RAW', 'METADATA'] })
  view!: 'RAW' | 'METADATA';
  @ApiProperty({ type: () => CandidateView })
  candidateDetails!: CandidateView;
  @ApiProperty({ type: () => [ItemView] })
  items!: ItemView[];
  @ApiProperty({
    type: 'array',
    description: 'RawFindingView items for view RAW, FindingMetadataView items for view METADATA',
    items: {
      oneOf: [
        { $ref: getSchemaPath(RawFindingView) },
        { $ref: getSchemaPath(FindingMetadataView) },
      ],
    },
  })
  findings!: (RawFindingView | FindingMetadataView)[];
}
