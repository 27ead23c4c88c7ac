import { Alert, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageTitle } from '@/components/PageTitle';
import { useSession } from '@/features/auth/hooks/useSession';

/** For roles whose pages come in part 2 (panel reports, auditor dashboard, records console). */
export function WelcomePage() {
  const { session } = useSession();
  return (
    <>
      <PageTitle>Welcome</PageTitle>
      <Text>
        Signed in as {session.user.name} with the roles {session.user.roles.join(', ')}.
      </Text>
      <Alert mt="md" color="blue">
        The pages for your roles are not in the web application yet; the API serves them.
      </Alert>
    </>
  );
}

export function NotFoundPage() {
  return (
    <>
      <PageTitle>Page not found</PageTitle>
      <Text>
        There is no page at this address. <Link to="/">Go to the start page</Link>.
      </Text>
    </>
  );
}
