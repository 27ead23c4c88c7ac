import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type Screening = Schemas['ScreeningView'];
export type Flag = Schemas['FlagView'];
export type ScreenedField = Flag['field'];
export type FilterReviewBody = Schemas['FilterReviewDto'];
export type FilterReviewResult = Schemas['FilterReviewView'];

export const screeningKey = (findingId: string) => ['findings', findingId, 'screening'] as const;

/** The finding's protected-class screening, polled while the scan is still running. */
export function useScreening(findingId: string) {
  return useQuery({
    queryKey: screeningKey(findingId),
    queryFn: async () =>
      data(await api.GET('/api/findings/{id}/screening', { params: { path: { id: findingId } } })),
    refetchInterval: (query) => (query.state.data?.status === 'DONE' ? false : 1500),
  });
}

export function useSendFilterReview(findingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: FilterReviewBody) =>
      data(
        await api.POST('/api/findings/{id}/filter-review', {
          params: { path: { id: findingId } },
          body,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: screeningKey(findingId) }),
  });
}
