import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, data, type Schemas } from '@/lib/api/client';

export type SessionState = Schemas['SessionStateView'];
export type Role = SessionState['user']['roles'][number];

export const sessionKey = ['auth', 'session'] as const;

/** A new person (or nobody) is signed in: drop every cached answer but the session itself. */
function forgetEverythingElse(client: QueryClient) {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
  client.getMutationCache().clear();
}

/** The signed-in session (null when signed out or locked). Reading it never extends it. */
export function useSessionQuery() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async (): Promise<SessionState | null> => {
      try {
        return data(await api.GET('/api/auth/session'));
      } catch (error) {
        if (error instanceof ApiError && (error.status === 401 || error.status === 404))
          return null;
        throw error;
      }
    },
    staleTime: 30_000,
    refetchInterval: 30_000,
    retry: false,
  });
}

/** What the sign-in page offers (single sign-on and its name, passwords): the server's settings. */
export function useSignInOptions() {
  return useQuery({
    queryKey: ['auth', 'sign-in-options'],
    queryFn: async () => data(await api.GET('/api/auth/sign-in-options')),
    staleTime: Infinity,
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['LoginDto']) =>
      data(await api.POST('/api/auth/session', { body })),
    onSuccess: (state) => {
      forgetEverythingElse(client);
      client.setQueryData(sessionKey, state);
    },
  });
}

export function useKeepAlive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => data(await api.POST('/api/auth/session/keepalive')),
    onSuccess: (state) => client.setQueryData(sessionKey, state),
  });
}

/**
 * Signs out. A single sign-on session also ends at the provider, where it has a sign-out page:
 * the server names it and the browser goes there.
 */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const current = client.getQueryData<SessionState | null>(sessionKey);
      if (current?.user.authMethod === 'OIDC') {
        const { providerLogoutUrl } = data(await api.POST('/api/auth/oidc/sign-out'));
        if (providerLogoutUrl) window.location.assign(providerLogoutUrl);
        return;
      }
      await api.DELETE('/api/auth/session');
    },
    onSettled: () => {
      forgetEverythingElse(client);
      client.setQueryData(sessionKey, null);
    },
  });
}

/**
 * Changes the signed-in user's password. The server ends every other session and token but
 * keeps this browser's session; the session is read again, so a temporary-password session
 * (mustChangePassword) opens the app.
 */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['ChangePasswordDto']) =>
      data(await api.POST('/api/auth/password', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKey }),
  });
}

export function useMfaStatus() {
  return useQuery({
    queryKey: ['auth', 'mfa'],
    queryFn: async () => data(await api.GET('/api/auth/mfa')),
  });
}

export function useStartTotpEnrolment() {
  return useMutation({
    mutationFn: async () => data(await api.POST('/api/auth/mfa/totp')),
  });
}

/** Confirms enrolment; the session is read again afterwards (enrolment no longer required). */
export function useConfirmTotpEnrolment() {
  return useMutation({
    mutationFn: async (body: Schemas['TotpCodeDto']) =>
      data(await api.POST('/api/auth/mfa/totp/confirm', { body })),
  });
}
