import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { useSetTemporaryPassword, type User } from '../api/users';

/**
 * Sets a temporary password for the user: tell it to them out of band. Their sessions end now,
 * and at their next sign-in they must choose their own before anything else opens.
 */
export function TemporaryPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const set = useSetTemporaryPassword();
  const [password, setPassword] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        set.mutate({ id: user.id, password });
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end" gap="xs">
          <PasswordInput
            label={`Temporary password for ${user.name}`}
            description="At least 12 characters, not a common password. Tell it to the user; they must change it at sign-in."
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={set.isPending} disabled={!password}>
            Set temporary password
          </Button>
          <Button variant="default" onClick={onDone}>
            Close
          </Button>
        </Group>
        <ErrorNote error={set.error} title="Temporary password refused" />
        {set.isSuccess && (
          <Text role="status" fw={500}>
            Temporary password set for {user.email}. Their sessions have ended; they must choose a
            new password at their next sign-in.
          </Text>
        )}
      </Stack>
    </form>
  );
}
