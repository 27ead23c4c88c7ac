import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { useChangePassword } from '../api/session';

/** Current password, the new one twice; the server's refusal (too common, wrong current) shown below. */
export function ChangePasswordForm({
  currentLabel = 'Current password',
}: {
  currentLabel?: string;
}) {
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      confirm: (value, values) =>
        value === values.newPassword ? null : 'The two new passwords differ',
    },
  });
  return (
    <form
      aria-label="Change password"
      onSubmit={form.onSubmit(({ currentPassword, newPassword }) =>
        change.mutate({ currentPassword, newPassword }, { onSuccess: () => form.reset() }),
      )}
    >
      <Stack>
        <PasswordInput
          label={currentLabel}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description="At least 12 characters, and not one of the most common passwords."
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label="New password again"
          autoComplete="new-password"
          required
          {...form.getInputProps('confirm')}
        />
        <ErrorNote error={change.error} title="Password change refused" />
        {change.isSuccess && (
          <Text role="status" fw={500}>
            Password changed. Your other sessions and tokens have ended; this one stays signed in.
          </Text>
        )}
        <Button type="submit" loading={change.isPending}>
          Change password
        </Button>
      </Stack>
    </form>
  );
}
