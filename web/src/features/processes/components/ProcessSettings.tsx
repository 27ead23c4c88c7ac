import { Alert, List, Paper, Title } from '@mantine/core';
import { formatDateTime } from '@/lib/format';
import type { Process } from '../api/processes';
import { ProcessSettingsForm } from './ProcessSettingsForm';

export function ProcessSettings({ process }: { process: Process }) {
  return (
    <>
      <List spacing={4}>
        <List.Item>Status: {process.status}</List.Item>
        <List.Item>Search window: {process.searchWindowYears} years</List.Item>
        <List.Item>
          Identity matches needed to verify a finding: {process.minIdentityMatches}
        </List.Item>
        <List.Item>
          Independent validation: {process.requireIndependentValidation ? 'required' : 'relaxed'}
        </List.Item>
        <List.Item>
          Independent filter review:{' '}
          {process.requireIndependentFilterReview ? 'required' : 'relaxed'}
        </List.Item>
      </List>
      {!process.requireIndependentValidation && (
        <Alert mt="sm" color="yellow" title="Independent validation relaxed">
          Recorded reason: {process.independenceRelaxedReason}
        </Alert>
      )}
      {!process.requireIndependentFilterReview && (
        <Alert mt="sm" color="yellow" title="Independent filter review relaxed">
          Recorded reason: {process.filterReviewRelaxedReason}
        </Alert>
      )}
      {process.description && <p>{process.description}</p>}
      <p>Created {formatDateTime(process.createdAt)}</p>
      {process.status === 'OPEN' && (
        <Paper withBorder p="md">
          <Title order={3} size="h5" mb="sm">
            Change settings
          </Title>
          <ProcessSettingsForm process={process} />
        </Paper>
      )}
    </>
  );
}
