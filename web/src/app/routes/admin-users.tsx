import { Paper, Stack, Title } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { CreateUserForm } from '@/features/users/components/CreateUserForm';
import { LockedAccounts } from '@/features/users/components/LockedAccounts';
import { UsersTable } from '@/features/users/components/UsersTable';

export function UsersRoute() {
  return (
    <Stack>
      <PageTitle>Users</PageTitle>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          New user
        </Title>
        <CreateUserForm />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          All users
        </Title>
        <UsersTable />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Locked accounts
        </Title>
        <LockedAccounts />
      </Paper>
    </Stack>
  );
}
