import { useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type MyWork = Schemas['MyWorkView'];

/** The searcher's work list: assigned vettings, findings to validate, filter reviews waiting. */
export function useMyWork() {
  return useQuery({
    queryKey: ['me', 'work'],
    queryFn: async () => data(await api.GET('/api/me/work')),
  });
}
