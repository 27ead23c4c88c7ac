import { Button, Checkbox, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { useCreateProcess, type Process } from '../api/processes';

/** A new hiring process with its settings; the server validates and explains any refusal. */
export function CreateProcessForm({ onCreated }: { onCreated: (p: Process) => void }) {
  const create = useCreateProcess();
  const form = useForm({
    initialValues: {
      title: '',
      description: '',
      searchWindowYears: 7,
      minIdentityMatches: 2,
      requireIndependentValidation: true,
      independenceRelaxedReason: '',
    },
  });
  const relaxed = !form.values.requireIndependentValidation;
  return (
    <form
      aria-label="Create a hiring process"
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          {
            title: v.title,
            description: v.description || undefined,
            searchWindowYears: v.searchWindowYears,
            minIdentityMatches: v.minIdentityMatches,
            requireIndependentValidation: v.requireIndependentValidation,
            independenceRelaxedReason: relaxed ? v.independenceRelaxedReason : undefined,
          },
          { onSuccess: onCreated },
        ),
      )}
    >
      <Stack>
        <TextInput label="Title" required {...form.getInputProps('title')} />
        <Textarea label="Description" {...form.getInputProps('description')} />
        <Group grow>
          <NumberInput
            label="Search window (years)"
            min={1}
            max={50}
            {...form.getInputProps('searchWindowYears')}
          />
          <NumberInput
            label="Identity matches needed to verify"
            min={1}
            max={9}
            {...form.getInputProps('minIdentityMatches')}
          />
        </Group>
        <Checkbox
          label="Require independent validation (a validator other than the author)"
          {...form.getInputProps('requireIndependentValidation', { type: 'checkbox' })}
        />
        {relaxed && (
          <Textarea
            label="Reason for relaxing independent validation"
            description="Recorded with the process"
            required
            {...form.getInputProps('independenceRelaxedReason')}
          />
        )}
        <ErrorNote error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Create process
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
