import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type Capture = Schemas['CaptureView'];
export type CaptureManifest = Schemas['CaptureManifestView'];

export const capturesKey = (findingId: string) => ['findings', findingId, 'captures'] as const;

/** The finding's server captures; polled while one is still running. */
export function useCaptures(findingId: string) {
  return useQuery({
    queryKey: capturesKey(findingId),
    queryFn: async () =>
      data(await api.GET('/api/findings/{id}/captures', { params: { path: { id: findingId } } })),
    refetchInterval: (q) => (q.state.data?.some((c) => c.status === 'PENDING') ? 1000 : false),
  });
}

export function useRequestCapture(findingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (url: string) =>
      data(
        await api.POST('/api/findings/{id}/captures', {
          params: { path: { id: findingId } },
          body: { url },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: capturesKey(findingId) });
      void client.invalidateQueries({ queryKey: ['vettings'] });
    },
  });
}
