import { Button, Group, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { humanize } from '@/lib/format';
import { useValidate } from '../api/findings';

/** VERIFIED / REFUTED / INCONCLUSIVE with notes; the server's refusal reasons shown as they come. */
export function ValidationForm({ findingId, statuses }: { findingId: string; statuses: string[] }) {
  const validate = useValidate(findingId);
  const form = useForm({ initialValues: { status: '', method: '', notes: '' } });
  return (
    <form
      aria-label="Validate the finding"
      onSubmit={form.onSubmit((v) =>
        validate.mutate({ status: v.status as never, method: v.method, notes: v.notes }),
      )}
    >
      <Stack>
        <Radio.Group label="Validation result" required {...form.getInputProps('status')}>
          <Group mt="xs">
            {statuses.map((s) => (
              <Radio key={s} value={s} label={humanize(s)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput label="How you validated it" required {...form.getInputProps('method')} />
        <Textarea
          label="Validation notes"
          required
          autosize
          minRows={3}
          {...form.getInputProps('notes')}
        />
        <ErrorNote error={validate.error} title="Validation refused" />
        {validate.isSuccess && (
          <p role="status">
            Validation recorded: {humanize(validate.data.status)}
            {validate.data.selfValidated ? ' (self-validated, as this process allows)' : ''}.
          </p>
        )}
        <Group>
          <Button type="submit" loading={validate.isPending}>
            Record validation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
