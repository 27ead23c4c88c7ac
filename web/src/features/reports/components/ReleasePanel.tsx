import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { ReasonList } from '@/components/ReasonList';
import { useReleaseStatus, useRequestRelease } from '../api/release';

/** Release to the panel: the gates, each unmet one in words, then PENDING, DONE or FAILED. */
export function ReleasePanel({ vettingId }: { vettingId: string }) {
  const release = useRequestRelease(vettingId);
  const status = useReleaseStatus(release.data?.id);
  const s = status.data ?? release.data;
  const reason = status.data ? (status.data.failureReason ?? status.data.error) : null;
  return (
    <Stack>
      <ReasonList error={release.error} title="Release refused" />
      {s && (
        <Group gap="xs" role="status" aria-live="polite">
          <Text component="span">Release status:</Text>
          <Badge color={s.status === 'DONE' ? 'green' : s.status === 'FAILED' ? 'red' : 'yellow'}>
            {s.status}
          </Badge>
          {s.status === 'FAILED' && (
            <Text component="span">{reason ?? 'The compilation job failed'}</Text>
          )}
        </Group>
      )}
      <ErrorLine error={status.error} />
      <Group>
        <Button
          onClick={() => release.mutate()}
          loading={release.isPending}
          disabled={s?.status === 'PENDING'}
        >
          Release to the panel
        </Button>
      </Group>
    </Stack>
  );
}

function ErrorLine({ error }: { error: unknown }) {
  if (!error) return null;
  return <Text c="red.9">{error instanceof Error ? error.message : JSON.stringify(error)}</Text>;
}
