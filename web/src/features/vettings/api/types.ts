import type { Schemas } from '@/lib/api/client';

/**
 * The server declares these views as classes outside *.dto.ts files, so its OpenAPI document
 * does not describe their fields yet; they mirror src/vettings/vetting-views.ts.
 */
export interface VettingSummary {
  id: string;
  processId: string;
  candidate: { id: string; fullName: string };
  status: string;
  searcherId: string | null;
  checklistVersion: number | null;
  assignedAt: string | null;
  startedAt: string | null;
  submittedAt: string | null;
  releasedAt: string | null;
}

export interface ItemResult {
  outcome: string;
  searchedAt: string;
  method: string;
  searchTerms: string[];
  notes: string | null;
  searcherId: string;
}

export interface VettingItem {
  key: string;
  title: string;
  platform: string;
  instructions: string;
  searchTerms: string[];
  result: ItemResult | null;
}

export type RawFinding = Schemas['RawFindingView'];

export interface VettingDetail extends VettingSummary {
  view: 'RAW' | 'METADATA';
  candidateDetails: Schemas['CandidateView'];
  items: VettingItem[];
  findings: RawFinding[];
}
