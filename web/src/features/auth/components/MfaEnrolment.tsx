import {
  Button,
  Code,
  Group,
  Image,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import {
  sessionKey,
  useConfirmTotpEnrolment,
  useSignOut,
  useStartTotpEnrolment,
  type SessionState,
} from '../api/session';

/**
 * The only screen of a session whose roles need a second factor not yet enrolled (the server
 * refuses everything else): a QR code for an authenticator app, a code to confirm it, and the
 * ten recovery codes, shown once.
 */
export function MfaEnrolment({ session }: { session: SessionState }) {
  const client = useQueryClient();
  const signOut = useSignOut();
  const start = useStartTotpEnrolment();
  const confirm = useConfirmTotpEnrolment();
  const [codes, setCodes] = useState<string[] | null>(null);
  const form = useForm({ initialValues: { code: '' } });
  useEffect(() => {
    document.title = 'Set up two-factor sign-in · cybervet';
  }, []);

  return (
    <Paper withBorder p="xl" maw={560} mx="auto" mt="xl" component="main">
      <Stack>
        <Title order={1} size="h2">
          Set up two-factor sign-in
        </Title>
        {!codes && (
          <Text>
            {session.user.name}, your role needs a second factor: an authenticator app (Microsoft
            Authenticator, Google Authenticator, FreeOTP, …) on your phone. Nothing else opens until
            it is set up.
          </Text>
        )}
        {!start.data && !codes && (
          <Button onClick={() => start.mutate()} loading={start.isPending}>
            Show the QR code
          </Button>
        )}
        <ErrorNote error={start.error} />
        {start.data && !codes && (
          <form
            onSubmit={form.onSubmit(({ code }) =>
              confirm.mutate({ code }, { onSuccess: (r) => setCodes(r.recoveryCodes) }),
            )}
          >
            <Stack>
              <Text>Scan this QR code with the app, then type the 6-digit code it shows.</Text>
              <Image
                src={start.data.qrCodeDataUrl}
                alt="QR code to add cybervet to an authenticator app"
                w={200}
                h={200}
              />
              <Text size="sm">
                Cannot scan? Enter this key by hand: <Code>{start.data.secret}</Code>
              </Text>
              <TextInput
                label="Code from the app"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                required
                {...form.getInputProps('code')}
              />
              <ErrorNote error={confirm.error} title="Not confirmed" />
              <Button type="submit" loading={confirm.isPending}>
                Confirm
              </Button>
            </Stack>
          </form>
        )}
        {codes && (
          <Stack>
            <Text role="status">
              Two-factor sign-in is set up. Keep these recovery codes somewhere safe: each signs you
              in once if your phone is lost. They are not shown again.
            </Text>
            <List aria-label="Recovery codes" type="ordered">
              {codes.map((c) => (
                <List.Item key={c}>
                  <Code>{c}</Code>
                </List.Item>
              ))}
            </List>
            <Button onClick={() => void client.invalidateQueries({ queryKey: sessionKey })}>
              I have saved them: continue
            </Button>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="subtle" onClick={() => signOut.mutate()} loading={signOut.isPending}>
            Sign out
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
