import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { formatDateTime } from '@/lib/format';
import { usePutChecklist, type Process } from '../api/processes';

interface ItemForm {
  key: string;
  title: string;
  platform: string;
  instructions: string;
  searchTerms: string;
}

const blank = (): ItemForm => ({
  key: '',
  title: '',
  platform: '',
  instructions: '',
  searchTerms: '',
});

/** Items with instructions and suggested search terms; each save is a new version. */
export function ChecklistEditor({ process }: { process: Process }) {
  const put = usePutChecklist(process.id);
  const locked = Boolean(process.checklistLockedAt);
  const form = useForm({
    initialValues: {
      items: process.checklist?.items.map((i) => ({
        ...i,
        searchTerms: i.searchTerms.join('\n'),
      })) ?? [blank()],
    },
  });
  const save = form.onSubmit((v) =>
    put.mutate(
      v.items.map((i) => ({
        key: i.key,
        title: i.title,
        platform: i.platform,
        instructions: i.instructions,
        searchTerms: i.searchTerms
          .split('\n')
          .map((t) => t.trim())
          .filter(Boolean),
      })),
    ),
  );
  return (
    <form onSubmit={save} aria-label="Checklist">
      <Stack>
        <Text>
          {process.checklist
            ? `Version ${process.checklist.version}, saved ${formatDateTime(process.checklist.createdAt)}.`
            : 'No checklist yet.'}
        </Text>
        {locked && (
          <Alert color="gray" title="Checklist locked">
            Locked since {formatDateTime(process.checklistLockedAt)}: a vetting has started, so
            every candidate keeps this same checklist.
          </Alert>
        )}
        {form.values.items.map((_, index) => {
          const n = index + 1;
          return (
            <Paper key={index} withBorder p="sm" role="group" aria-label={`Item ${n}`}>
              <Group justify="space-between">
                <Text fw={600} component="h3">
                  Item {n}
                </Text>
                {!locked && form.values.items.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove item ${n}`}
                    onClick={() => form.removeListItem('items', index)}
                  >
                    ✕
                  </ActionIcon>
                )}
              </Group>
              <Group grow>
                <TextInput
                  label={`Item ${n} key`}
                  required
                  disabled={locked}
                  {...form.getInputProps(`items.${index}.key`)}
                />
                <TextInput
                  label={`Item ${n} title`}
                  required
                  disabled={locked}
                  {...form.getInputProps(`items.${index}.title`)}
                />
                <TextInput
                  label={`Item ${n} platform`}
                  required
                  disabled={locked}
                  {...form.getInputProps(`items.${index}.platform`)}
                />
              </Group>
              <Textarea
                label={`Item ${n} instructions`}
                required
                disabled={locked}
                autosize
                minRows={2}
                {...form.getInputProps(`items.${index}.instructions`)}
              />
              <Textarea
                label={`Item ${n} suggested search terms`}
                description="One per line"
                disabled={locked}
                autosize
                minRows={1}
                {...form.getInputProps(`items.${index}.searchTerms`)}
              />
            </Paper>
          );
        })}
        <ErrorNote error={put.error} />
        {!locked && (
          <Group>
            <Button variant="default" onClick={() => form.insertListItem('items', blank())}>
              Add item
            </Button>
            <Button type="submit" loading={put.isPending}>
              Save checklist as a new version
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
