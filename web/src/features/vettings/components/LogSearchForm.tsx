import { Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { humanize } from '@/lib/format';
import type { SearchMethodOption } from '@/lib/policy';
import { useLogItem } from '../api/vettings';
import type { VettingItem } from '../api/types';

function localNow(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** Logs one checklist item's search: outcome, the lawful method used, when, and the terms. */
export function LogSearchForm({
  vettingId,
  item,
  methods,
  outcomes,
}: {
  vettingId: string;
  item: VettingItem;
  methods: SearchMethodOption[];
  outcomes: string[];
}) {
  const log = useLogItem(vettingId);
  const form = useForm({
    initialValues: {
      outcome: item.result?.outcome ?? '',
      method: item.result?.method ?? '',
      searchedAt: localNow(),
      searchTerms: (item.result?.searchTerms ?? item.searchTerms).join('\n'),
      notes: item.result?.notes ?? '',
    },
  });
  const chosen = methods.find((m) => m.code === form.values.method);
  return (
    <form
      aria-label={`Log the search for ${item.title}`}
      onSubmit={form.onSubmit((v) =>
        log.mutate({
          itemKey: item.key,
          outcome: v.outcome as never,
          method: v.method as never,
          searchedAt: new Date(v.searchedAt).toISOString(),
          searchTerms: v.searchTerms
            .split('\n')
            .map((t) => t.trim())
            .filter(Boolean),
          notes: v.notes.trim() ? v.notes : undefined,
        }),
      )}
    >
      <Stack gap="xs">
        <Group grow align="flex-start">
          <Select
            label="Outcome"
            required
            data={outcomes.map((o) => ({ value: o, label: humanize(o) }))}
            {...form.getInputProps('outcome')}
          />
          <Select
            label="Search method"
            required
            data={methods.map((m) => ({ value: m.code, label: humanize(m.code) }))}
            description={
              chosen ? `Legal basis: ${chosen.basis}` : 'Only lawful methods are offered'
            }
            {...form.getInputProps('method')}
          />
          <TextInput
            label="Searched at"
            type="datetime-local"
            required
            {...form.getInputProps('searchedAt')}
          />
        </Group>
        <Textarea
          label="Search terms used"
          description="One per line"
          autosize
          minRows={2}
          {...form.getInputProps('searchTerms')}
        />
        <Textarea
          label="Notes"
          description="Required when the item is not applicable or could not be searched"
          autosize
          {...form.getInputProps('notes')}
        />
        <ErrorNote error={log.error} />
        <Group>
          <Button type="submit" loading={log.isPending}>
            {item.result ? 'Update search log' : 'Log search'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
