import { createContext, useContext } from 'react';
import type { Role, SessionState } from '../api/session';

export interface SessionContextValue {
  session: SessionState;
  hasRole: (...roles: Role[]) => boolean;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The signed-in user and their roles; only used below the sign-in gate. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside the signed-in app');
  return value;
}
