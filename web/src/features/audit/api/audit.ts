import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type AuditEvent = Schemas['AuditEventView'];
export type VerificationRun = Schemas['VerificationRunView'];
export type VerificationReport = Schemas['VerificationReportView'];

/** The filters the server's GET /api/audit takes (all optional, combined with AND). */
export interface AuditFilters {
  actorId?: string;
  action?: string;
  subjectType?: string;
  subjectId?: string;
  outcome?: 'ALLOWED' | 'DENIED' | 'FAILED';
  from?: string;
  to?: string;
}

const PAGE = 50;

/** The audit log, oldest first, a page at a time (keyset paging on the server's cursor). */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', 'log', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      data(
        await api.GET('/api/audit', {
          params: { query: { ...filters, limit: PAGE, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Names for actor ids (id, name and roles of every account). */
export function useDirectory() {
  return useQuery({
    queryKey: ['users', 'directory'],
    queryFn: async () => data(await api.GET('/api/users/directory')),
    staleTime: 60_000,
  });
}

export function useVerifications() {
  return useQuery({
    queryKey: ['audit', 'verifications'],
    queryFn: async () => data(await api.GET('/api/audit/verifications')),
  });
}

/** Walks the whole chain now; the server records the run in the history. */
export function useVerifyNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => data(await api.POST('/api/audit/verify')),
    onSuccess: () => client.invalidateQueries({ queryKey: ['audit', 'verifications'] }),
  });
}
