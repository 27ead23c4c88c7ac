import {
  Anchor,
  Button,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { ApiError } from '@/lib/api/client';
import { useSignIn, useSignInOptions } from '../api/session';

/** Why single sign-on was refused, as the server's callback put it in the address. */
function ssoRefusal(): string | null {
  return new URLSearchParams(window.location.search).get('signInError');
}

/**
 * Single sign-on (when the server offers it) and e-mail + password; the server's answer (wrong
 * password, locked account, a second factor needed) is shown as it comes.
 */
export function SignInForm({ locked }: { locked?: boolean }) {
  const signIn = useSignIn();
  const options = useSignInOptions();
  const [refusal] = useState(ssoRefusal);
  const [showPasswords, setShowPasswords] = useState(false);
  const form = useForm({
    initialValues: { email: '', password: '', code: '', recoveryCode: '' },
  });
  const needsCode = signIn.error instanceof ApiError && signIn.error.secondFactorRequired;
  const [askedForCode, setAskedForCode] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);
  if (needsCode && !askedForCode) setAskedForCode(true);

  const sso = options.data?.ssoEnabled ? options.data : null;
  const passwordsOpen = !sso || options.data?.localLoginEnabled || showPasswords;

  const submit = form.onSubmit(({ email, password, code, recoveryCode }) =>
    signIn.mutate({
      email,
      password,
      ...(askedForCode && !useRecovery && code && { code }),
      ...(askedForCode && useRecovery && recoveryCode && { recoveryCode }),
    }),
  );

  return (
    <Paper withBorder p="xl" maw={420} mx="auto" mt="xl" component="main">
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
        {refusal && <ErrorNote error={new Error(refusal)} title="Single sign-on refused" />}
        {sso && (
          <Button component="a" href={sso.ssoStartUrl ?? undefined} size="md">
            Sign in with {sso.ssoDisplayName}
          </Button>
        )}
        {sso && !options.data?.localLoginEnabled && !showPasswords && (
          <Anchor component="button" type="button" size="sm" onClick={() => setShowPasswords(true)}>
            Break-glass administrator sign-in
          </Anchor>
        )}
        {sso && passwordsOpen && <Divider label="or with a password" labelPosition="center" />}
        {passwordsOpen && (
          <form onSubmit={submit}>
            <Stack>
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
              {askedForCode && !useRecovery && (
                <TextInput
                  label="Authenticator code"
                  description="The 6-digit code your authenticator app shows"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  required
                  data-autofocus
                  {...form.getInputProps('code')}
                />
              )}
              {askedForCode && useRecovery && (
                <TextInput
                  label="Recovery code"
                  description="One of the ten codes you kept at enrolment; each works once"
                  autoComplete="off"
                  required
                  {...form.getInputProps('recoveryCode')}
                />
              )}
              {askedForCode && (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => setUseRecovery((v) => !v)}
                >
                  {useRecovery ? 'Use the authenticator code' : 'Use a recovery code instead'}
                </Anchor>
              )}
              {signIn.error && !(needsCode && !form.values.code && !form.values.recoveryCode) && (
                <ErrorNote error={signIn.error} title="Sign-in refused" />
              )}
              {needsCode && !form.values.code && !form.values.recoveryCode && (
                <Text role="status">
                  Enter the code from your authenticator app to finish signing in.
                </Text>
              )}
              <Button type="submit" loading={signIn.isPending}>
                Sign in
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
