import { Paper } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { ChangePasswordForm } from '@/features/auth/components/ChangePasswordForm';

/** Every signed-in user can change their own password here. */
export function ChangePasswordRoute() {
  return (
    <>
      <PageTitle>Change password</PageTitle>
      <Paper withBorder p="md" maw={480}>
        <ChangePasswordForm />
      </Paper>
    </>
  );
}
