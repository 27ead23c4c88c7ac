import { useMutation, useQuery } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';

export interface ReleaseStatus {
  id: string;
  vettingId?: string;
  status: 'PENDING' | 'DONE' | 'FAILED' | string;
  error?: string | null;
  failureReason?: string | null;
}

export function useRequestRelease(vettingId: string) {
  return useMutation({
    mutationFn: async () =>
      data(
        await api.POST('/api/vettings/{id}/release', { params: { path: { id: vettingId } } }),
      ) as unknown as ReleaseStatus,
  });
}

/** The release's status, polled until the report is compiled or the job failed. */
export function useReleaseStatus(releaseId: string | undefined) {
  return useQuery({
    queryKey: ['report-releases', releaseId],
    enabled: Boolean(releaseId),
    queryFn: async () =>
      data(
        await api.GET('/api/report-releases/{id}', { params: { path: { id: releaseId! } } }),
      ) as unknown as ReleaseStatus,
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'PENDING' ? false : 1000),
  });
}
