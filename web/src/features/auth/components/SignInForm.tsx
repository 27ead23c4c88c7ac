import { Button, Paper, PasswordInput, Stack, TextInput, Title, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { useSignIn } from '../api/session';

/** Email and password; the server's answer (wrong password, locked account) is shown as it comes. */
export function SignInForm({ locked }: { locked?: boolean }) {
  const signIn = useSignIn();
  const form = useForm({ initialValues: { email: '', password: '' } });
  return (
    <Paper withBorder p="xl" maw={420} mx="auto" mt="xl" component="main">
      <form onSubmit={form.onSubmit((values) => signIn.mutate(values))}>
        <Stack>
          <Title order={1} size="h2">
            {locked ? 'Session locked' : 'Sign in to cybervet'}
          </Title>
          {locked && (
            <Text role="status">
              Your session was locked after a period of inactivity, or it was signed out. Sign in
              again to continue.
            </Text>
          )}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <ErrorNote error={signIn.error} title="Sign-in refused" />
          <Button type="submit" loading={signIn.isPending}>
            Sign in
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
