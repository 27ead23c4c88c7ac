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

export type LockedAccount = Schemas['LockedAccountView'];
export const lockedKey = ['users', 'locked'] as const;

/** Accounts locked after too many failed sign-ins, until their lock runs out or an admin unlocks. */
export function useLockedAccounts() {
  return useQuery({
    queryKey: lockedKey,
    queryFn: async () => data(await api.GET('/api/users/locked')),
  });
}

export function useUnlock() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      data(await api.POST('/api/users/{id}/unlock', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}

/** The user must choose their own password at their next sign-in; their sessions end now. */
export function useSetTemporaryPassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, password }: { id: string; password: string }) =>
      data(
        await api.POST('/api/users/{id}/temporary-password', {
          params: { path: { id } },
          body: { password },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}

/** A lost authenticator: the user's second factor is removed, they are signed out everywhere. */
export function useResetMfa() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      data(await api.DELETE('/api/users/{id}/mfa', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}
