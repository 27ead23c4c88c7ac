import { Alert, Paper, Stack } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { DesignateForm, RevokeForm } from '@/features/designations/components/DesignationForms';
import { useUsers } from '@/features/users/api/users';

export function DesignationsRoute() {
  const users = useUsers();
  const searchers = (users.data ?? [])
    .filter((u) => u.roles.includes('SEARCHER'))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  return (
    <Stack>
      <PageTitle>Searcher designations</PageTitle>
      <Paper withBorder p="md">
        <DesignateForm people={searchers} />
      </Paper>
      <Paper withBorder p="md">
        <RevokeForm people={searchers} />
      </Paper>
      <Alert color="gray" title="Designations expiring within 30 days">
        The server has no route listing designations yet, so this list is not available.
      </Alert>
    </Stack>
  );
}
