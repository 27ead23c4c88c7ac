import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type LegalHold = Schemas['LegalHoldView'];
export type RecordsRequest = Schemas['RecordsRequestView'];
export type ExportBundle = Schemas['ExportView'];
export type RetentionPreview = Schemas['RetentionPreview'];
export type ProcessSummary = Schemas['ProcessSummaryView'];
export type Scope = Schemas['ScopeDto'];

const holdsKey = ['legal-holds'] as const;
const requestsKey = ['records-requests'] as const;
const exportsKey = ['exports'] as const;
const retentionKey = ['retention-preview'] as const;

/** Every process with its status and counts (no content): what a hold or request can cover. */
export function useProcessSummaries() {
  return useQuery({
    queryKey: ['processes', 'summaries'],
    queryFn: async () => data(await api.GET('/api/processes/summaries')),
  });
}

/** What the next purge would remove and why, and what a hold keeps: computed by the server. */
export function useRetentionPreview() {
  return useQuery({
    queryKey: retentionKey,
    queryFn: async () => data(await api.GET('/api/records/retention/preview')),
  });
}

export function useLegalHolds() {
  return useQuery({
    queryKey: holdsKey,
    queryFn: async () => data(await api.GET('/api/legal-holds')),
  });
}

export function usePlaceHold() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['CreateLegalHoldDto']) =>
      data(await api.POST('/api/legal-holds', { body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: holdsKey });
      void client.invalidateQueries({ queryKey: retentionKey });
    },
  });
}

export function useReleaseHold() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      data(
        await api.DELETE('/api/legal-holds/{id}', {
          params: { path: { id } },
          body: { reason },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: holdsKey });
      void client.invalidateQueries({ queryKey: retentionKey });
    },
  });
}

export function useRecordsRequests() {
  return useQuery({
    queryKey: requestsKey,
    queryFn: async () => data(await api.GET('/api/records-requests')),
  });
}

export function useCreateRecordsRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['CreateRecordsRequestDto']) =>
      data(await api.POST('/api/records-requests', { body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: requestsKey });
      void client.invalidateQueries({ queryKey: retentionKey });
    },
  });
}

export function useUpdateRecordsRequest(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['UpdateRecordsRequestDto']) =>
      data(await api.PATCH('/api/records-requests/{id}', { params: { path: { id } }, body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: requestsKey });
      void client.invalidateQueries({ queryKey: retentionKey });
    },
  });
}

const unfinished = (e: ExportBundle) => e.status === 'PENDING' || e.status === 'RUNNING';

/** Exports, newest first (or those of one request); polled every second while any is running. */
export function useExports(recordsRequestId?: string) {
  return useQuery({
    queryKey: [...exportsKey, { recordsRequestId }],
    queryFn: async () =>
      data(
        await api.GET('/api/exports', {
          params: { query: recordsRequestId ? { recordsRequestId } : {} },
        }),
      ),
    refetchInterval: (q) => ((q.state.data ?? []).some(unfinished) ? 1000 : false),
  });
}

/** One export, polled every second while it runs (its progress is the job's own). */
export function useExport(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...exportsKey, id],
    enabled,
    queryFn: async () => data(await api.GET('/api/exports/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data && !unfinished(q.state.data) ? false : 1000),
  });
}

export function useStartExport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['CreateExportDto']) =>
      data(await api.POST('/api/exports', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: exportsKey }),
  });
}

export function useSigningKey() {
  return useQuery({
    queryKey: ['exports', 'signing-key'],
    queryFn: async () => data(await api.GET('/api/exports/signing-key')),
    staleTime: Infinity,
  });
}

export const downloadUrl = (id: string) => `/api/exports/${id}/download`;

/** The candidates of a process, by name, so a hold or a request can cover just one of them. */
export function useProcessCandidates(processId: string) {
  return useQuery({
    queryKey: ['records', 'candidates', processId],
    enabled: Boolean(processId),
    queryFn: async () =>
      data(
        await api.GET('/api/records/processes/{id}/candidates', {
          params: { path: { id: processId } },
        }),
      ),
  });
}
