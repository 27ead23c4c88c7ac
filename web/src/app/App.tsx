import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { RouterProvider } from 'react-router';
import { ForcedPasswordChange } from '@/features/auth/components/ForcedPasswordChange';
import { IdleWarning } from '@/features/auth/components/IdleWarning';
import { MfaEnrolment } from '@/features/auth/components/MfaEnrolment';
import { SignInForm } from '@/features/auth/components/SignInForm';
import { sessionKey, useSessionQuery, type Role } from '@/features/auth/api/session';
import { SessionContext } from '@/features/auth/hooks/useSession';
import { onUnauthenticated } from '@/lib/api/client';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

function SignedInGate() {
  const client = useQueryClient();
  const session = useSessionQuery();
  const [wasSignedIn, setWasSignedIn] = useState(false);
  const router = useRef(createAppRouter());

  // Any 401 from any call (idle lock, revoked session): ask the server what the session is now.
  useEffect(
    () => onUnauthenticated(() => void client.invalidateQueries({ queryKey: sessionKey })),
    [client],
  );
  useEffect(() => {
    if (session.data) setWasSignedIn(true);
  }, [session.data]);
  const onExpired = useCallback(() => void session.refetch(), [session]);

  const state = session.data;
  const value = useMemo(
    () =>
      state
        ? {
            session: state,
            hasRole: (...roles: Role[]) => roles.some((r) => state.user.roles.includes(r)),
          }
        : null,
    [state],
  );

  if (session.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  if (!value) return <SignInForm locked={wasSignedIn} />;
  if (value.session.user.mustChangePassword) {
    return (
      <>
        <IdleWarning session={value.session} onExpired={onExpired} />
        <ForcedPasswordChange session={value.session} />
      </>
    );
  }
  if (value.session.user.mfaEnrolmentRequired) {
    return (
      <>
        <IdleWarning session={value.session} onExpired={onExpired} />
        <MfaEnrolment session={value.session} />
      </>
    );
  }
  return (
    <SessionContext.Provider value={value}>
      <IdleWarning session={value.session} onExpired={onExpired} />
      <RouterProvider router={router.current} />
    </SessionContext.Provider>
  );
}

export function App() {
  return (
    <AppProvider>
      <SignedInGate />
    </AppProvider>
  );
}
