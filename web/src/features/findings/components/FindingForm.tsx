import { ActionIcon, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { humanize } from '@/lib/format';
import type { SearchMethodOption } from '@/lib/policy';
import { useCreateFinding, type Finding } from '../api/findings';

export interface FindingFormProps {
  vettingId: string;
  items: { key: string; title: string; platform: string }[];
  methods: SearchMethodOption[];
  categories: { code: string; requiresJustification: boolean }[];
  identityTypes: string[];
  onCreated: (finding: Finding) => void;
}

/** Records a finding: identity matches, category, capture date, URL, excerpt, summary, mitigation. */
export function FindingForm({
  vettingId,
  items,
  methods,
  categories,
  identityTypes,
  onCreated,
}: FindingFormProps) {
  const create = useCreateFinding(vettingId);
  const form = useForm({
    initialValues: {
      itemKey: '',
      sourceUrl: '',
      platform: '',
      capturedAt: '',
      contentDate: '',
      method: '',
      category: '',
      categoryJustification: '',
      excerpt: '',
      summary: '',
      mitigation: '',
      identityMatches: [{ type: '', detail: '' }],
    },
  });
  const needsJustification = categories.find(
    (c) => c.code === form.values.category,
  )?.requiresJustification;
  return (
    <form
      aria-label="Record a finding"
      onSubmit={form.onSubmit((v) =>
        create.mutate(
          {
            itemKey: v.itemKey,
            sourceUrl: v.sourceUrl,
            platform: v.platform || items.find((i) => i.key === v.itemKey)?.platform || '',
            capturedAt: v.capturedAt ? new Date(v.capturedAt).toISOString() : '',
            contentDate: v.contentDate || undefined,
            method: v.method as never,
            category: v.category as never,
            categoryJustification: needsJustification ? v.categoryJustification : undefined,
            excerpt: v.excerpt,
            summary: v.summary,
            mitigation: v.mitigation || undefined,
            identityMatches: v.identityMatches.map((m) => ({
              type: m.type as never,
              detail: m.detail,
            })),
          },
          {
            onSuccess: (f) => {
              form.reset();
              onCreated(f);
            },
          },
        ),
      )}
    >
      <Stack>
        <Group grow align="flex-start">
          <Select
            label="Checklist item"
            required
            data={items.map((i) => ({ value: i.key, label: i.title }))}
            {...form.getInputProps('itemKey')}
          />
          <TextInput
            label="Platform"
            description="Defaults to the item's platform"
            {...form.getInputProps('platform')}
          />
          <Select
            label="Finding method"
            required
            data={methods.map((m) => ({ value: m.code, label: humanize(m.code) }))}
            {...form.getInputProps('method')}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput label="Source URL" required type="url" {...form.getInputProps('sourceUrl')} />
          <TextInput
            label="Captured at"
            required
            type="datetime-local"
            {...form.getInputProps('capturedAt')}
          />
          <TextInput
            label="Content date"
            description="When it was posted, if known"
            type="date"
            {...form.getInputProps('contentDate')}
          />
        </Group>
        <Select
          label="Category"
          required
          data={categories.map((c) => ({ value: c.code, label: humanize(c.code) }))}
          {...form.getInputProps('category')}
        />
        {needsJustification && (
          <Textarea
            label="Category justification"
            required
            {...form.getInputProps('categoryJustification')}
          />
        )}
        <Textarea
          label="Excerpt"
          required
          autosize
          minRows={3}
          {...form.getInputProps('excerpt')}
        />
        <Textarea
          label="Summary"
          required
          autosize
          minRows={2}
          {...form.getInputProps('summary')}
        />
        <Textarea label="Mitigation" autosize {...form.getInputProps('mitigation')} />
        <Stack gap="xs" role="group" aria-label="Identity matches">
          <Text fw={600}>Identity matches</Text>
          {form.values.identityMatches.map((_, index) => (
            <Group key={index} align="flex-end">
              <Select
                label={`Identity match ${index + 1} type`}
                required
                data={identityTypes.map((t) => ({ value: t, label: humanize(t) }))}
                {...form.getInputProps(`identityMatches.${index}.type`)}
              />
              <TextInput
                label={`Identity match ${index + 1} detail`}
                required
                style={{ flex: 1 }}
                {...form.getInputProps(`identityMatches.${index}.detail`)}
              />
              {form.values.identityMatches.length > 1 && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove identity match ${index + 1}`}
                  onClick={() => form.removeListItem('identityMatches', index)}
                >
                  ✕
                </ActionIcon>
              )}
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() => form.insertListItem('identityMatches', { type: '', detail: '' })}
            >
              Add identity match
            </Button>
          </Group>
        </Stack>
        <ErrorNote error={create.error} title="Finding refused" />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Record finding
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
