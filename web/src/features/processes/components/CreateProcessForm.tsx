import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { useCreateProcess, type Process } from '../api/processes';
import { ProcessSettingsFields } from './ProcessSettingsFields';

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
      requireIndependentFilterReview: true,
      filterReviewRelaxedReason: '',
    },
  });
  const relaxed = !form.values.requireIndependentValidation;
  const reviewRelaxed = !form.values.requireIndependentFilterReview;
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
            requireIndependentFilterReview: v.requireIndependentFilterReview,
            filterReviewRelaxedReason: reviewRelaxed ? v.filterReviewRelaxedReason : undefined,
          },
          { onSuccess: onCreated },
        ),
      )}
    >
      <Stack>
        <TextInput label="Title" required {...form.getInputProps('title')} />
        <Textarea label="Description" {...form.getInputProps('description')} />
        <ProcessSettingsFields
          inputProps={(field, options) => form.getInputProps(field, options)}
          relaxed={relaxed}
          reviewRelaxed={reviewRelaxed}
          reasonDescription="Recorded with the process"
        />
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
