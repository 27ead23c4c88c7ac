import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { formatDateTime } from '@/lib/format';
import { useUpdateProcessSettings, type Process } from '../api/processes';
import { ProcessSettingsFields } from './ProcessSettingsFields';

/**
 * Changes the settings of an open process. The server fixes them once any vetting has started
 * (every candidate is vetted alike, policy IV.B.9); its refusal appears next to the button.
 */
export function ProcessSettingsForm({ process }: { process: Process }) {
  const update = useUpdateProcessSettings(process.id);
  const form = useForm({
    initialValues: {
      searchWindowYears: process.searchWindowYears,
      minIdentityMatches: process.minIdentityMatches,
      requireIndependentValidation: process.requireIndependentValidation,
      independenceRelaxedReason: process.independenceRelaxedReason ?? '',
      requireIndependentFilterReview: process.requireIndependentFilterReview,
      filterReviewRelaxedReason: process.filterReviewRelaxedReason ?? '',
    },
  });
  const relaxed = !form.values.requireIndependentValidation;
  const reasonChanged =
    form.values.independenceRelaxedReason !== (process.independenceRelaxedReason ?? '');
  const reviewRelaxed = !form.values.requireIndependentFilterReview;
  const reviewReasonChanged =
    form.values.filterReviewRelaxedReason !== (process.filterReviewRelaxedReason ?? '');
  return (
    <form
      aria-label="Change the process settings"
      onSubmit={form.onSubmit((v) =>
        update.mutate({
          searchWindowYears: Number(v.searchWindowYears),
          minIdentityMatches: Number(v.minIdentityMatches),
          requireIndependentValidation: v.requireIndependentValidation,
          independenceRelaxedReason:
            relaxed && reasonChanged ? v.independenceRelaxedReason : undefined,
          requireIndependentFilterReview: v.requireIndependentFilterReview,
          filterReviewRelaxedReason:
            reviewRelaxed && reviewReasonChanged ? v.filterReviewRelaxedReason : undefined,
        }),
      )}
    >
      <Stack>
        {process.checklistLockedAt && (
          <Text size="sm" c="dimmed">
            Vetting started {formatDateTime(process.checklistLockedAt)}: the server keeps these
            settings as they are, so every candidate is vetted alike.
          </Text>
        )}
        <ProcessSettingsFields
          inputProps={(field, options) => form.getInputProps(field, options)}
          relaxed={relaxed}
          reviewRelaxed={reviewRelaxed}
          reasonDescription="Recorded with the process and in the audit log"
        />
        <ErrorNote error={update.error} />
        {update.isSuccess && !update.isPending && (
          <Alert role="status" color="green" variant="light">
            Settings saved.
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending} disabled={process.status === 'CLOSED'}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
