import { Button, Stack, Text } from '@mantine/core';
import { ErrorNote } from '@/components/ErrorNote';
import { useResetMfa, type User } from '../api/users';

/** Resets a user's two-factor sign-in (audited); they enrol again at their next sign-in. */
export function ResetMfaButton({ user }: { user: User }) {
  const reset = useResetMfa();
  return (
    <Stack gap={4}>
      <Button
        size="xs"
        variant="default"
        loading={reset.isPending}
        onClick={() => reset.mutate(user.id)}
        aria-label={`Reset two-factor sign-in of ${user.name}`}
      >
        Reset two-factor
      </Button>
      <ErrorNote error={reset.error} title="Reset refused" />
      {reset.data && (
        <Text role="status" size="sm">
          {reset.data.wasEnrolled
            ? `Two-factor sign-in of ${reset.data.email} reset; they are signed out and enrol again at sign-in.`
            : `${reset.data.email} had no authenticator enrolled.`}
        </Text>
      )}
    </Stack>
  );
}
