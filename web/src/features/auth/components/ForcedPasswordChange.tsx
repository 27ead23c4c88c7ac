import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useSignOut, type SessionState } from '../api/session';
import { ChangePasswordForm } from './ChangePasswordForm';

/**
 * The only screen of a session signed in with a temporary password: the server refuses every
 * other route until the user has chosen their own password.
 */
export function ForcedPasswordChange({ session }: { session: SessionState }) {
  const signOut = useSignOut();
  useEffect(() => {
    document.title = 'Choose a new password · cybervet';
  }, []);
  return (
    <Paper withBorder p="xl" maw={480} mx="auto" mt="xl" component="main">
      <Stack>
        <Title order={1} size="h2">
          Choose a new password
        </Title>
        <Text>
          {session.user.name}, you signed in with a temporary password. Choose your own password to
          continue; nothing else opens until you do.
        </Text>
        <ChangePasswordForm currentLabel="Temporary password" />
        <Group justify="flex-end">
          <Button variant="subtle" onClick={() => signOut.mutate()} loading={signOut.isPending}>
            Sign out
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
