import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, data, type Schemas } from '@/lib/api/client';

export type User = Schemas['UserView'];
export type Role = User['roles'][number];
export const ROLES: Role[] = ['ADMIN', 'SEARCHER', 'PANEL', 'AUDITOR', 'RECORDS_CUSTODIAN'];

export const usersKey = ['users'] as const;

export function useUsers() {
  return useQuery({ queryKey: usersKey, queryFn: async () => data(await api.GET('/api/users')) });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['CreateUserDto']) =>
      data(await api.POST('/api/users', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...body }: Schemas['UpdateUserDto'] & { id: string }) =>
      data(await api.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}
