import { useMutation } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type Designation = Schemas['DesignationView'];

export function useDesignate() {
  return useMutation({
    mutationFn: async ({ userId, ...body }: Schemas['DesignateDto'] & { userId: string }) =>
      data(
        await api.POST('/api/users/{id}/designation', { params: { path: { id: userId } }, body }),
      ),
  });
}

export function useRevokeDesignation() {
  return useMutation({
    mutationFn: async ({ userId, reason }: { userId: string; reason: string }) =>
      data(
        await api.DELETE('/api/users/{id}/designation', {
          params: { path: { id: userId } },
          body: { reason },
        }),
      ),
  });
}
