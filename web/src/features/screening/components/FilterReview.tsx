import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import {
  useSendFilterReview,
  type Flag,
  type Screening,
  type ScreenedField,
} from '../api/screening';
import type { Span } from '../lib/graphemes';
import { redactText } from '../lib/highlight';
import { FIELD_LABELS, FlagDecisions, type Decision } from './FlagDecisions';
import { HighlightedText, type TextMark } from './HighlightedText';

interface Extra extends Span {
  id: string;
  field: ScreenedField;
  /** The protected class the reviewer chose; the server requires one when no flag covers the span. */
  class?: string;
}

const FIELDS: ScreenedField[] = ['summary', 'excerpt', 'mitigation', 'candidateResponse'];

/**
 * The filter review: every text field in full with its flags highlighted, a decision per flag,
 * redactions added by selecting text, a preview of exactly what the panel will see, and the
 * reviewer's confirmation that they read every field.
 */
export function FilterReview({
  findingId,
  texts,
  screening,
}: {
  findingId: string;
  texts: Partial<Record<ScreenedField, string | null>>;
  screening: Screening;
}) {
  const send = useSendFilterReview(findingId);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const [extras, setExtras] = useState<Extra[]>([]);
  const [pending, setPending] = useState<Partial<Record<ScreenedField, Span | null>>>({});
  const [confirmed, setConfirmed] = useState(false);
  const flags = useMemo(
    () =>
      [...screening.flags].sort(
        (a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || a.start - b.start,
      ),
    [screening.flags],
  );
  // Every screened field with text, and any field a flag points into, is shown in full.
  const fields = FIELDS.filter(
    (f) => (typeof texts[f] === 'string' && texts[f]) || flags.some((x) => x.field === f),
  );
  const flagNumber = new Map(flags.map((f, i) => [f.id, i + 1]));

  const marksFor = (field: ScreenedField): TextMark[] => [
    ...flags
      .filter((f) => f.field === field)
      .map((f: Flag) => {
        const action = decisions[f.id]?.action;
        return {
          id: f.id,
          start: f.start,
          end: f.end,
          label: `Flag ${flagNumber.get(f.id)}: ${f.class}${action ? ` (${action})` : ''}`,
          tone: action === 'REDACT' ? 'redact' : action === 'KEEP' ? 'keep' : 'undecided',
        } as TextMark;
      }),
    ...extras
      .filter((x) => x.field === field)
      .map((x) => ({ ...x, label: 'Added redaction', tone: 'extra' }) as TextMark),
  ];

  const redactedSpans = (field: ScreenedField): Span[] => [
    ...flags.filter((f) => f.field === field && decisions[f.id]?.action === 'REDACT'),
    ...extras.filter((x) => x.field === field),
  ];

  const selectionHandlers = useMemo(
    () =>
      Object.fromEntries(
        FIELDS.map((f) => [f, (span: Span | null) => setPending((p) => ({ ...p, [f]: span }))]),
      ) as Record<ScreenedField, (span: Span | null) => void>,
    [],
  );
  const addExtra = useCallback((field: ScreenedField, span: Span) => {
    setExtras((xs) => [
      ...xs,
      { ...span, field, id: `${field}:${span.start}:${span.end}:${Date.now()}` },
    ]);
    setPending((p) => ({ ...p, [field]: null }));
  }, []);

  const submit = () =>
    send.mutate({
      decisions: flags.map((f) => ({
        flagId: f.id,
        action: decisions[f.id]?.action as 'REDACT' | 'KEEP',
        justification:
          decisions[f.id]?.action === 'KEEP' ? decisions[f.id]?.justification : undefined,
      })),
      extraRedactions: extras.map(({ field, start, end, class: cls }) => ({
        field,
        start,
        end,
        ...(cls ? { class: cls } : {}),
      })),
      readAllFieldsConfirmed: confirmed,
    } as never);

  return (
    <Stack gap="lg">
      <section aria-labelledby="fields-heading">
        <Title order={2} size="h4" id="fields-heading" mb="xs">
          Every text field, in full
        </Title>
        <Text size="sm" mb="sm">
          Flags are highlighted (yellow: undecided, red: redact, green: keep; violet: a redaction
          you added). To redact something the detector missed, select it with the mouse, or focus
          the text and hold Shift with the arrow keys, then choose “Redact selection” and the
          protected class it reveals.
        </Text>
        <Stack>
          {fields.map((field) => {
            const text = texts[field] ?? '';
            const span = pending[field];
            const label = FIELD_LABELS[field];
            return (
              <Paper key={field} withBorder p="sm">
                <Title order={3} size="h5" mb="xs">
                  {label}
                </Title>
                <HighlightedText
                  label={`${label}, full text`}
                  text={text}
                  marks={marksFor(field)}
                  onSelection={selectionHandlers[field]}
                />
                <Group mt="xs" gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    disabled={!span}
                    onClick={() => span && addExtra(field, span)}
                    aria-label={`Redact selection in ${label}`}
                  >
                    Redact selection
                  </Button>
                  <Text size="sm" aria-live="polite">
                    {span
                      ? `Selected: “${text.slice(span.start, span.end)}” (characters ${span.start}–${span.end})`
                      : 'Nothing selected'}
                  </Text>
                </Group>
                {extras
                  .filter((x) => x.field === field)
                  .map((x) => (
                    <Group key={x.id} gap="xs" mt={4} align="flex-end">
                      <Text size="sm">Added redaction: “{text.slice(x.start, x.end)}”</Text>
                      <NativeSelect
                        size="xs"
                        label={`Protected class of “${text.slice(x.start, x.end)}”`}
                        description="Needed when no flag covers it: the miss is recorded for the rules"
                        data={[
                          { value: '', label: 'Choose a class' },
                          ...screening.protectedClasses.map((c) => ({
                            value: c,
                            label: c.replace(/_/g, ' ').toLowerCase(),
                          })),
                        ]}
                        value={x.class ?? ''}
                        onChange={(e) => {
                          const value = e.currentTarget.value || undefined;
                          setExtras((xs) =>
                            xs.map((y) => (y.id === x.id ? { ...y, class: value } : y)),
                          );
                        }}
                      />
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => setExtras((xs) => xs.filter((y) => y.id !== x.id))}
                      >
                        Remove added redaction “{text.slice(x.start, x.end)}”
                      </Button>
                    </Group>
                  ))}
              </Paper>
            );
          })}
        </Stack>
      </section>

      <section aria-labelledby="flags-heading">
        <Title order={2} size="h4" id="flags-heading" mb="xs">
          Flags to decide
        </Title>
        <FlagDecisions
          flags={flags}
          texts={texts as Record<string, string | null>}
          decisions={decisions}
          onChange={(id, d) => setDecisions((all) => ({ ...all, [id]: d }))}
        />
      </section>

      <section aria-labelledby="preview-heading">
        <Title order={2} size="h4" id="preview-heading" mb="xs">
          Preview: what the panel will see
        </Title>
        <Stack gap="xs">
          {fields.map((field) => (
            <div key={field}>
              <Text fw={600}>{FIELD_LABELS[field]}</Text>
              <Code
                block
                aria-label={`Preview of ${FIELD_LABELS[field]}`}
                style={{ whiteSpace: 'pre-wrap' }}
              >
                {redactText(texts[field] ?? '', redactedSpans(field))}
              </Code>
            </div>
          ))}
        </Stack>
      </section>

      <Stack>
        <Checkbox
          checked={confirmed}
          onChange={(e) => setConfirmed(e.currentTarget.checked)}
          label="I have read every field above in full"
        />
        <ErrorNote error={send.error} title="Filter review refused" />
        <Group>
          <Button onClick={submit} loading={send.isPending} disabled={!confirmed}>
            Send filter review
          </Button>
        </Group>
        {send.data && (
          <Alert color="green" title="Filter review recorded" role="status">
            {send.data.redacted} redacted, {send.data.kept} kept, {send.data.extraRedactions} added.
            The panel will see:
            {fields.map((field) => (
              <Text key={field} style={{ whiteSpace: 'pre-wrap' }}>
                <strong>{FIELD_LABELS[field]}:</strong> {send.data.preview[field] ?? ''}
              </Text>
            ))}
          </Alert>
        )}
      </Stack>
    </Stack>
  );
}
