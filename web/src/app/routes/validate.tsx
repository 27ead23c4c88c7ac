import { Paper, Stack, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { QueryState } from '@/components/Loading';
import { PageTitle } from '@/components/PageTitle';
import { usePolicyCategories } from '@/lib/policy';
import { useFinding } from '@/features/findings/api/findings';
import { FindingDetails } from '@/features/findings/components/FindingDetails';
import { ValidationForm } from '@/features/findings/components/ValidationForm';

export function ValidateRoute() {
  const { id = '' } = useParams();
  const finding = useFinding(id);
  const policy = usePolicyCategories();
  if (!finding.data) return <QueryState query={finding} />;
  return (
    <Stack>
      <PageTitle>Validate a finding</PageTitle>
      <Paper withBorder p="md">
        <FindingDetails finding={finding.data} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Your validation
        </Title>
        <ValidationForm findingId={id} statuses={policy.data?.validationStatuses ?? []} />
      </Paper>
    </Stack>
  );
}
