import { Checkbox, Group, NumberInput, Textarea } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';

type SettingsField =
  | 'searchWindowYears'
  | 'minIdentityMatches'
  | 'requireIndependentValidation'
  | 'independenceRelaxedReason'
  | 'requireIndependentFilterReview'
  | 'filterReviewRelaxedReason';

/**
 * The settings a process is vetted under, shared by the create and change forms. The limits are
 * the inputs' hints only: the server validates and its refusal is shown by the form.
 */
export function ProcessSettingsFields({
  inputProps,
  relaxed,
  reviewRelaxed,
  reasonDescription,
}: {
  inputProps: (field: SettingsField, options?: { type: 'checkbox' }) => GetInputPropsReturnType;
  relaxed: boolean;
  /** Independent filter review is switched off in the form: its reason is asked for. */
  reviewRelaxed: boolean;
  reasonDescription: string;
}) {
  return (
    <>
      <Group grow>
        <NumberInput
          label="Search window (years)"
          min={1}
          max={50}
          {...inputProps('searchWindowYears')}
        />
        <NumberInput
          label="Identity matches needed to verify"
          min={1}
          max={9}
          {...inputProps('minIdentityMatches')}
        />
      </Group>
      <Checkbox
        label="Require independent validation (a validator other than the author)"
        {...inputProps('requireIndependentValidation', { type: 'checkbox' })}
      />
      {relaxed && (
        <Textarea
          label="Reason for relaxing independent validation"
          description={reasonDescription}
          required
          {...inputProps('independenceRelaxedReason')}
        />
      )}
      <Checkbox
        label="Require independent filter review (a reviewer other than the author)"
        {...inputProps('requireIndependentFilterReview', { type: 'checkbox' })}
      />
      {reviewRelaxed && (
        <Textarea
          label="Reason for relaxing independent filter review"
          description={reasonDescription}
          required
          {...inputProps('filterReviewRelaxedReason')}
        />
      )}
    </>
  );
}
