import { Badge, Stack } from '@mantine/core';
import type { User } from '../api/users';

/** Whether the account has an authenticator enrolled and a single sign-on identity linked. */
export function SignInStatus({ user }: { user: User }) {
  return (
    <Stack gap={4} aria-label={`Sign-in of ${user.name}`} role="group">
      <Badge miw="max-content" variant="light" color={user.mfaEnrolled ? 'green' : 'gray'}>
        {user.mfaEnrolled ? 'Two-factor enrolled' : 'No two-factor'}
      </Badge>
      <Badge
        miw="max-content"
        variant="light"
        color={user.ssoSubject ? 'blue' : 'gray'}
        title={user.ssoSubject ? `Subject ${user.ssoSubject} at ${user.ssoIssuer}` : undefined}
      >
        {user.ssoSubject ? 'SSO linked' : 'SSO not linked'}
      </Badge>
    </Stack>
  );
}
