import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export const vettingsKey = ['vettings'] as const;
export const vettingKey = (id: string) => ['vettings', id] as const;

export function useVettings() {
  return useQuery({
    queryKey: vettingsKey,
    queryFn: async () => data(await api.GET('/api/vettings')),
  });
}

export function useVetting(id: string) {
  return useQuery({
    queryKey: vettingKey(id),
    queryFn: async () => data(await api.GET('/api/vettings/{id}', { params: { path: { id } } })),
  });
}

export function useAssign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, searcherId }: { id: string; searcherId: string }) =>
      data(
        await api.POST('/api/vettings/{id}/assignment', {
          params: { path: { id } },
          body: { searcherId },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: vettingsKey }),
  });
}

export function useLogItem(vettingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ itemKey, ...body }: Schemas['ItemResultDto'] & { itemKey: string }) =>
      data(
        await api.PUT('/api/vettings/{id}/items/{itemKey}', {
          params: { path: { id: vettingId, itemKey } },
          body,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: vettingKey(vettingId) }),
  });
}

export function useSubmit(vettingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      data(await api.POST('/api/vettings/{id}/submit', { params: { path: { id: vettingId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: vettingKey(vettingId) }),
  });
}
