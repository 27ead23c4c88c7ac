import { Alert } from '@mantine/core';
import { Outlet } from 'react-router';
import { PageTitle } from '@/components/PageTitle';
import type { Role } from '@/features/auth/api/session';
import { useSession } from '@/features/auth/hooks/useSession';

/** Hides pages the user's roles do not open (the server refuses their calls regardless). */
export function RequireRole({ roles }: { roles: Role[] }) {
  const { hasRole } = useSession();
  if (!hasRole(...roles)) {
    return (
      <>
        <PageTitle>Not available</PageTitle>
        <Alert color="yellow">
          This page needs the role {roles.join(' or ')}, which you do not hold.
        </Alert>
      </>
    );
  }
  return <Outlet />;
}
