import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type Designation = Schemas['DesignationView'];
export type DesignationListItem = Schemas['DesignationListItem'];

export const designationsKey = ['designations'] as const;

/** Every designation (history included); with `expiringWithinDays`, those in force that lapse soon. */
export function useDesignations(expiringWithinDays?: number) {
  return useQuery({
    queryKey: [...designationsKey, { expiringWithinDays }],
    queryFn: async () =>
      data(
        await api.GET('/api/designations', {
          params: { query: expiringWithinDays === undefined ? {} : { expiringWithinDays } },
        }),
      ),
  });
}

export function useDesignate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, ...body }: Schemas['DesignateDto'] & { userId: string }) =>
      data(
        await api.POST('/api/users/{id}/designation', { params: { path: { id: userId } }, body }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: designationsKey }),
  });
}

export function useRevokeDesignation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, reason }: { userId: string; reason: string }) =>
      data(
        await api.DELETE('/api/users/{id}/designation', {
          params: { path: { id: userId } },
          body: { reason },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: designationsKey }),
  });
}
