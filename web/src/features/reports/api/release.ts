import { useMutation, useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type ReleaseRequest = Schemas['ReleaseRequestView'];
export type ReleaseStatus = Schemas['ReleaseStatusView'];

export function useRequestRelease(vettingId: string) {
  return useMutation({
    mutationFn: async () =>
      data(await api.POST('/api/vettings/{id}/release', { params: { path: { id: vettingId } } })),
  });
}

/** The release's status, polled until the report is compiled or the job failed. */
export function useReleaseStatus(releaseId: string | undefined) {
  return useQuery({
    queryKey: ['report-releases', releaseId],
    enabled: Boolean(releaseId),
    queryFn: async () =>
      data(await api.GET('/api/report-releases/{id}', { params: { path: { id: releaseId! } } })),
    refetchInterval: (q) => (q.state.data && q.state.data.status !== 'PENDING' ? false : 1000),
  });
}
