import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { usePlaceHold, useProcessSummaries } from '../api/records';
import { CandidateSelect } from './CandidateSelect';

/** Places a legal hold on a whole process or one of its candidates, with the reason and the case or claim it answers. */
export function PlaceHoldForm() {
  const place = usePlaceHold();
  const processes = useProcessSummaries();
  const form = useForm({
    initialValues: { processId: '', candidateId: '', reason: '', reference: '' },
  });
  return (
    <form
      aria-label="Place a legal hold"
      onSubmit={form.onSubmit((v) =>
        place.mutate(
          {
            subjectType: 'PROCESS',
            subjectId: v.processId,
            reason: v.reason,
            reference: v.reference,
          },
          { onSuccess: () => form.reset() },
        ),
      )}
    >
      <Stack>
        <Select
          label="Process to hold"
          placeholder="Choose a process"
          required
          data={(processes.data ?? []).map((p) => ({
            value: p.id,
            label: `${p.title} (${p.status.toLowerCase()})`,
          }))}
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
        <TextInput
          label="Reference"
          description="Case number, claim or counsel's letter"
          required
          {...form.getInputProps('reference')}
        />
        <Textarea label="Reason" required autosize minRows={2} {...form.getInputProps('reason')} />
        <ErrorNote error={place.error} title="Hold refused" />
        <Group>
          <Button type="submit" loading={place.isPending} disabled={!form.values.processId}>
            Place hold
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
