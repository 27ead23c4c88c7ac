import type { Schemas } from '@/lib/api/client';

/** The vetting views, as the server's OpenAPI document describes them (src/vettings/vetting-views.ts). */
export type VettingSummary = Schemas['VettingSummaryView'];
export type VettingDetail = Schemas['VettingDetailView'];
export type VettingItem = Schemas['ItemView'];
export type ItemResult = NonNullable<VettingItem['result']>;
export type RawFinding = Schemas['RawFindingView'];
export type FindingMetadata = Schemas['FindingMetadataView'];

/** A RAW view's findings carry their content; a METADATA view's (ADMIN, AUDITOR) do not. */
export function isRawFinding(f: RawFinding | FindingMetadata): f is RawFinding {
  return 'evidence' in f;
}

/** The findings with raw content: all of them in a RAW view, none in a METADATA view. */
export function rawFindings(v: VettingDetail): RawFinding[] {
  return v.view === 'RAW' ? v.findings.filter(isRawFinding) : [];
}
