import { ApiProperty } from '@nestjs/swagger';
import { FindingMetadataView, RawFindingView } from '../findings/findings.dto';
import { CandidateView } from '../processes/processes.dto';

export class VettingSummaryView {
  id!: string;
  processId!: string;
  candidate!: { id: string; fullName: string };
  status!: string;
  searcherId!: string | null;
  checklistVersion!: number | null;
  assignedAt!: Date | null;
  startedAt!: Date | null;
  submittedAt!: Date | null;
  releasedAt!: Date | null;
}

export class ItemView {
  key!: string;
  title!: string;
  platform!: string;
  instructions!: string;
  searchTerms!: string[];
  result!: {
    outcome: string;
    searchedAt: Date;
    method: string;
    searchTerms: string[];
    notes: string | null;
    searcherId: string;
  } | null;
}

export class VettingDetailView extends VettingSummaryView {
  /** RAW for the assigned, designated searcher; METADATA for ADMIN and AUDITOR. */
  @ApiProperty({ enum: ['RAW', 'METADATA'] })
  view!: 'RAW' | 'METADATA';
  candidateDetails!: CandidateView;
  items!: ItemView[];
  findings!: (RawFindingView | FindingMetadataView)[];
}
