import { Alert, Button, Group, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { formatDate, formatDateTime } from '@/lib/format';
import { useDesignate, useRevokeDesignation, type Designation } from '../api/designations';

export interface PersonOption {
  value: string;
  label: string;
}

function Result({ designation, people }: { designation: Designation; people: PersonOption[] }) {
  const who = people.find((p) => p.value === designation.userId)?.label ?? designation.userId;
  return (
    <Alert
      color={designation.active ? 'green' : 'gray'}
      role="status"
      title={designation.active ? 'Designated' : 'Not active'}
    >
      {who}: acknowledged {formatDateTime(designation.acknowledgedAt)}, trained{' '}
      {formatDate(designation.trainingCompletedOn)}, expires {formatDate(designation.expiresOn)}
      {designation.revokedAt
        ? `; revoked ${formatDateTime(designation.revokedAt)}: ${designation.revokeReason}`
        : ''}
      .
    </Alert>
  );
}

/** Designate a searcher (sensitive position, policy IV.B.7): acknowledgement, training, expiry. */
export function DesignateForm({ people }: { people: PersonOption[] }) {
  const designate = useDesignate();
  const form = useForm({
    initialValues: { userId: '', acknowledgedAt: '', trainingCompletedOn: '', expiresOn: '' },
  });
  return (
    <form
      aria-label="Designate a searcher"
      onSubmit={form.onSubmit((v) =>
        designate.mutate({
          ...v,
          acknowledgedAt: v.acknowledgedAt ? new Date(v.acknowledgedAt).toISOString() : '',
        }),
      )}
    >
      <Stack>
        <Title order={2} size="h4">
          Designate a searcher
        </Title>
        <Select
          label="Searcher to designate"
          data={people}
          searchable
          required
          {...form.getInputProps('userId')}
        />
        <Group grow>
          <TextInput
            label="Acknowledged the sensitive position at"
            type="datetime-local"
            required
            {...form.getInputProps('acknowledgedAt')}
          />
          <TextInput
            label="Training completed on"
            type="date"
            required
            {...form.getInputProps('trainingCompletedOn')}
          />
          <TextInput
            label="Designation expires on"
            type="date"
            required
            {...form.getInputProps('expiresOn')}
          />
        </Group>
        <ErrorNote error={designate.error} title="Designation refused" />
        {designate.data && <Result designation={designate.data} people={people} />}
        <Group>
          <Button type="submit" loading={designate.isPending}>
            Designate
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Revoke a designation with the reason, which is recorded. */
export function RevokeForm({ people }: { people: PersonOption[] }) {
  const revoke = useRevokeDesignation();
  const form = useForm({ initialValues: { userId: '', reason: '' } });
  return (
    <form aria-label="Revoke a designation" onSubmit={form.onSubmit((v) => revoke.mutate(v))}>
      <Stack>
        <Title order={2} size="h4">
          Revoke a designation
        </Title>
        <Select
          label="Searcher whose designation to revoke"
          data={people}
          searchable
          required
          {...form.getInputProps('userId')}
        />
        <Textarea label="Reason for revoking" required {...form.getInputProps('reason')} />
        <ErrorNote error={revoke.error} title="Revocation refused" />
        {revoke.data && <Result designation={revoke.data} people={people} />}
        <Group>
          <Button type="submit" color="red" loading={revoke.isPending}>
            Revoke designation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
