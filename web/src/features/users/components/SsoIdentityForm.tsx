import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { useLinkSsoIdentity, useUnlinkSsoIdentity } from '../api/sso-identity';
import type { User } from '../api/users';

/**
 * Links the account to its identity at the configured single sign-on provider (the server
 * supplies the issuer; the admin gives the subject, the provider's `sub` for this app), or unlinks it.
 */
export function SsoIdentityForm({ user, onDone }: { user: User; onDone: () => void }) {
  const link = useLinkSsoIdentity();
  const unlink = useUnlinkSsoIdentity();
  const [subject, setSubject] = useState('');
  return (
    <form
      aria-label={`Single sign-on identity of ${user.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        unlink.reset();
        link.mutate({ id: user.id, subject });
      }}
    >
      <Stack gap="xs">
        <Text size="sm">
          {user.ssoSubject
            ? `Linked to subject ${user.ssoSubject} at ${user.ssoIssuer ?? 'the provider'}.`
            : 'Not linked to a single sign-on identity.'}
        </Text>
        <Group align="flex-end" gap="xs">
          <TextInput
            label={`Subject at the provider for ${user.name}`}
            description="The user's subject (the sub claim) at the configured provider. Entra ID's sub is different for each application and is not the object id."
            required
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={link.isPending} disabled={!subject}>
            Link identity
          </Button>
          {user.ssoSubject && (
            <Button
              variant="default"
              color="red"
              loading={unlink.isPending}
              onClick={() => {
                link.reset();
                unlink.mutate(user.id);
              }}
            >
              Unlink identity
            </Button>
          )}
          <Button variant="default" onClick={onDone}>
            Close
          </Button>
        </Group>
        <ErrorNote error={link.error} title="Link refused" />
        <ErrorNote error={unlink.error} title="Unlink refused" />
        {link.data && (
          <Text role="status" fw={500}>
            {link.data.email} is linked to subject {link.data.subject}; they can sign in with single
            sign-on.
          </Text>
        )}
        {unlink.data && (
          <Text role="status" fw={500}>
            {unlink.data.email} is no longer linked; single sign-on no longer signs them in.
          </Text>
        )}
      </Stack>
    </form>
  );
}
