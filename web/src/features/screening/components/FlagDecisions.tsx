import { Badge, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { humanize } from '@/lib/format';
import type { Flag } from '../api/screening';

export interface Decision {
  action?: 'REDACT' | 'KEEP';
  justification: string;
}

export const FIELD_LABELS: Record<string, string> = {
  summary: 'Summary',
  excerpt: 'Excerpt',
  mitigation: 'Mitigation',
  candidateResponse: 'Candidate response',
};

/** One REDACT or KEEP choice per flag; KEEP asks why the text is needed. */
export function FlagDecisions({
  flags,
  texts,
  decisions,
  onChange,
}: {
  flags: Flag[];
  texts: Record<string, string | null>;
  decisions: Record<string, Decision>;
  onChange: (flagId: string, decision: Decision) => void;
}) {
  if (flags.length === 0) return <Text>The detector flagged nothing in this finding.</Text>;
  return (
    <Stack>
      {flags.map((flag, i) => {
        const n = i + 1;
        const d = decisions[flag.id] ?? { justification: '' };
        const quoted = (texts[flag.field] ?? '').slice(flag.start, flag.end) || flag.text || '';
        return (
          <Paper key={flag.id} withBorder p="sm" role="group" aria-label={`Flag ${n}`}>
            <Group gap="xs" mb="xs">
              <Text fw={600} component="h3" size="md" m={0}>
                Flag {n}
              </Text>
              <Badge color="orange" variant="light">
                {humanize(flag.class)}
              </Badge>
              <Text size="sm" component="span">
                in {FIELD_LABELS[flag.field] ?? flag.field}: “{quoted}”
              </Text>
            </Group>
            <Radio.Group
              label={`Decision for flag ${n}`}
              value={d.action ?? ''}
              onChange={(v) => onChange(flag.id, { ...d, action: v as Decision['action'] })}
              required
            >
              <Group mt={4}>
                <Radio value="REDACT" label="Redact" />
                <Radio value="KEEP" label="Keep" />
              </Group>
            </Radio.Group>
            {d.action === 'KEEP' && (
              <Textarea
                mt="xs"
                label={`Justification for keeping flag ${n}`}
                description="Why the text is needed to describe job-relevant conduct"
                required
                autosize
                value={d.justification}
                onChange={(e) => onChange(flag.id, { ...d, justification: e.currentTarget.value })}
              />
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
