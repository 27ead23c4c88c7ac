import { Paper, Stack, Title } from '@mantine/core';
import { PageTitle } from '@/components/PageTitle';
import { DesignateForm, RevokeForm } from '@/features/designations/components/DesignationForms';
import { DesignationList } from '@/features/designations/components/DesignationList';
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
        <Title order={2} size="h4" mb="sm">
          Expiring within 30 days
        </Title>
        <DesignationList expiringWithinDays={30} label="Designations expiring within 30 days" />
      </Paper>
      <Paper withBorder p="md">
        <DesignateForm people={searchers} />
      </Paper>
      <Paper withBorder p="md">
        <RevokeForm people={searchers} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          All designations
        </Title>
        <DesignationList label="All designations" />
      </Paper>
    </Stack>
  );
}
