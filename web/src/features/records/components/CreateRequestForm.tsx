import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { useCreateRecordsRequest, useProcessSummaries, type RecordsRequest } from '../api/records';
import { CandidateSelect } from './CandidateSelect';

const today = () => new Date().toISOString().slice(0, 10);
/** A calendar day from a date field, at local midnight (received) or end of day (deadline). */
const startOfDay = (d: string) => new Date(`${d}T00:00:00`).toISOString();
const endOfDay = (d: string) => new Date(`${d}T23:59:59`).toISOString();

/** Logs an open-records request; while OPEN, the server holds its scope like a legal hold. */
export function CreateRequestForm({ onCreated }: { onCreated: (r: RecordsRequest) => void }) {
  const create = useCreateRecordsRequest();
  const processes = useProcessSummaries();
  const form = useForm({
    initialValues: {
      requester: '',
      processId: '',
      candidateId: '',
      receivedOn: today(),
      deadline: '',
      description: '',
    },
  });
  return (
    <form
      aria-label="Log a records request"
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          {
            requester: v.requester,
            receivedAt: startOfDay(v.receivedOn),
            deadline: v.deadline ? endOfDay(v.deadline) : undefined,
            scope: v.candidateId
              ? { processId: v.processId, candidateId: v.candidateId }
              : { processId: v.processId },
            description: v.description,
          },
          { onSuccess: onCreated },
        ),
      )}
    >
      <Stack>
        <TextInput label="Requester" required {...form.getInputProps('requester')} />
        <Select
          label="Records of process"
          placeholder="Choose a process"
          required
          data={(processes.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
          {...form.getInputProps('processId')}
          onChange={(v) => {
            form.setFieldValue('processId', v ?? '');
            form.setFieldValue('candidateId', '');
          }}
        />
        <CandidateSelect
          processId={form.values.processId}
          value={form.values.candidateId}
          onChange={(id) => form.setFieldValue('candidateId', id)}
        />
        <Group grow>
          <TextInput
            type="date"
            label="Received on"
            required
            {...form.getInputProps('receivedOn')}
          />
          <TextInput
            type="date"
            label="Answer due by"
            description="The deadline you set for the answer"
            {...form.getInputProps('deadline')}
          />
        </Group>
        <Textarea
          label="What is asked for"
          required
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <ErrorNote error={create.error} title="Request refused" />
        <Group>
          <Button type="submit" loading={create.isPending} disabled={!form.values.processId}>
            Log request
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
