import { useQuery } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type RescanNotice = Schemas['RescanNoticeView'];

/** Released reports the current detector rules would have flagged, for the process's searchers. */
export function useRescanNotices() {
  return useQuery({
    queryKey: ['screening', 'rescan-notices'],
    queryFn: async () => data(await api.GET('/api/screening/rescan-notices')),
  });
}
