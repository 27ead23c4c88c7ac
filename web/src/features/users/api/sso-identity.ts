import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, data } from '@/lib/api/client';
import { usersKey } from './users';

/** Links the account to its subject at the configured single sign-on provider (audited). */
export function useLinkSsoIdentity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, subject }: { id: string; subject: string }) =>
      data(
        await api.PUT('/api/users/{id}/sso-identity', {
          params: { path: { id } },
          body: { subject },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}

/** Removes the link: the account can no longer sign in through the provider (audited). */
export function useUnlinkSsoIdentity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      data(await api.DELETE('/api/users/{id}/sso-identity', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: usersKey }),
  });
}
