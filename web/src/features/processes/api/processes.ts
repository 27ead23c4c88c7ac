import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, request, type Schemas } from '@/lib/api/client';

export type Process = Schemas['ProcessView'];
export type ChecklistItem = Schemas['ChecklistItemDto'];

export const processesKey = ['processes'] as const;
export const processKey = (id: string) => ['processes', id] as const;

export function useProcesses() {
  return useQuery({
    queryKey: processesKey,
    queryFn: async () => data(await api.GET('/api/processes')),
  });
}

export function useProcess(id: string) {
  return useQuery({
    queryKey: processKey(id),
    queryFn: async () => data(await api.GET('/api/processes/{id}', { params: { path: { id } } })),
  });
}

export function useCreateProcess() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['CreateProcessDto']) =>
      data(await api.POST('/api/processes', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: processesKey }),
  });
}

export function usePutChecklist(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (items: ChecklistItem[]) =>
      data(
        await api.PUT('/api/processes/{id}/checklist', {
          params: { path: { id } },
          body: { items },
        }),
      ),
    onSuccess: (process) => client.setQueryData(processKey(id), process),
  });
}

/** Candidates live on vettings: adding one creates its vetting (and lists it under assignments). */
export const processVettingsKey = (id: string) => ['vettings', { processId: id }] as const;

export function useAddCandidate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['CreateCandidateDto']) =>
      data(await api.POST('/api/processes/{id}/candidates', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['vettings'] }),
  });
}

/** CSV `name,city,state,consentDate`; the server refuses the whole file, listing errors by row. */
export function useImportCandidates(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (csv: string) =>
      request<unknown>(`/api/processes/${id}/candidates/import`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv' },
        body: csv,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['vettings'] }),
  });
}

export function useUpdateProcessSettings(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['UpdateProcessSettingsDto']) =>
      data(await api.PATCH('/api/processes/{id}', { params: { path: { id } }, body })),
    onSuccess: (process) => {
      client.setQueryData(processKey(id), process);
      void client.invalidateQueries({ queryKey: processesKey, exact: true });
    },
  });
}

export type ProcessParticipants = Schemas['ProcessParticipantsView'];
export const participantsKey = (id: string) => ['processes', id, 'participants'] as const;

/** Current and past panel seats, and the searcher work recorded in the process. */
export function useParticipants(id: string) {
  return useQuery({
    queryKey: participantsKey(id),
    queryFn: async () =>
      data(await api.GET('/api/processes/{id}/participants', { params: { path: { id } } })),
  });
}

export function useAddPanelMember(id: string) {
  const client = useQueryClient();
  return useMutation({
    onSuccess: () => client.invalidateQueries({ queryKey: participantsKey(id) }),
    mutationFn: async (userId: string) =>
      data(
        await api.POST('/api/processes/{id}/panel', { params: { path: { id } }, body: { userId } }),
      ),
  });
}

export function useRemovePanelMember(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) => {
      await api.DELETE('/api/processes/{id}/panel/{userId}', { params: { path: { id, userId } } });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: participantsKey(id) }),
  });
}

export function useAddSearcher(id: string) {
  const client = useQueryClient();
  return useMutation({
    onSuccess: () => client.invalidateQueries({ queryKey: participantsKey(id) }),
    mutationFn: async (userId: string) =>
      data(
        await api.POST('/api/processes/{id}/searchers', {
          params: { path: { id } },
          body: { userId },
        }),
      ),
  });
}

/** Closes the process: all work on it ends and its retention clock starts (the reason is audited). */
export function useCloseProcess(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string) =>
      data(
        await api.POST('/api/processes/{id}/close', {
          params: { path: { id } },
          body: { reason },
        }),
      ),
    onSuccess: (process) => {
      client.setQueryData(processKey(id), process);
      void client.invalidateQueries({ queryKey: processesKey, exact: true });
    },
  });
}
