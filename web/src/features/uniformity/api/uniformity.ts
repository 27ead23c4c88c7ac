import { useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type UniformityReport = Schemas['UniformityReport'];
export type CandidateRow = Schemas['UniformityCandidateRow'];
export type Deviation = Schemas['DeviationView'];
export type SearcherSummary = Schemas['SearcherSummaryView'];

export function useProcessSummaries() {
  return useQuery({
    queryKey: ['processes', 'summaries'],
    queryFn: async () => data(await api.GET('/api/processes/summaries')),
  });
}

/** The uniformity report of a process (every read is audited as uniformity.read). */
export function useUniformity(processId: string) {
  return useQuery({
    queryKey: ['uniformity', processId],
    queryFn: async () =>
      data(
        await api.GET('/api/processes/{id}/uniformity', {
          params: { path: { id: processId } },
        }),
      ) as UniformityReport,
  });
}

/** The server's CSV (formula-safe): the candidate rows or the deviations. */
export function uniformityCsvUrl(processId: string, table: 'candidates' | 'deviations'): string {
  const id = encodeURIComponent(processId);
  return `/api/processes/${id}/uniformity?format=csv&table=${table}`;
}
