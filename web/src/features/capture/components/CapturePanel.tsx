import { Anchor, Badge, Button, Group, Image, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { formatDateTime } from '@/lib/format';
import { useCaptures, useRequestCapture, type Capture } from '../api/captures';
import { ManifestInWords } from './ManifestInWords';

const STATUS: Record<Capture['status'], { label: string; color: string }> = {
  PENDING: { label: 'Capturing…', color: 'blue' },
  DONE: { label: 'Captured', color: 'green' },
  NOT_PUBLIC: { label: 'Not public', color: 'orange' },
  FAILED: { label: 'Failed', color: 'red' },
};

/** Evidence is served by the server itself (images inline, web archives only as downloads). */
const evidenceUrl = (id: string) => `/api/evidence/${id}`;

function CaptureResult({ capture, label }: { capture: Capture; label: string }) {
  const status = STATUS[capture.status];
  const file = (kind: string) => capture.files.find((f) => f.kind === kind)?.evidenceId;
  const screenshot = file('screenshot');
  const pdf = file('pdf');
  const mhtml = file('mhtml');
  return (
    <Paper withBorder p="xs">
      <Stack gap="xs">
        <Group gap="xs">
          <Badge color={status.color}>{status.label}</Badge>
          <Text size="sm">
            {label}, asked {formatDateTime(capture.requestedAt)}
          </Text>
        </Group>
        {capture.reason && <Text size="sm">Reason: {capture.reason}</Text>}
        {capture.purged && (
          <Text size="sm">
            {capture.purged.note} on {formatDateTime(capture.purged.at)} ({capture.purged.rule}):
            its URLs and manifest were removed, so there is no signature left to check.
          </Text>
        )}
        {capture.status === 'NOT_PUBLIC' && (
          <Text size="sm">
            The server's logged-out browser met a login wall, so nothing was kept as evidence and
            this finding cannot rest on a public method until a new capture or upload.
          </Text>
        )}
        {screenshot && (
          <Group align="flex-start">
            <Anchor href={evidenceUrl(screenshot)} target="_blank" rel="noreferrer">
              <Image
                src={evidenceUrl(screenshot)}
                alt={`${label}: screenshot thumbnail`}
                w={240}
                h={160}
                fit="contain"
                style={{ border: '1px solid #ccc' }}
              />
            </Anchor>
            <Stack gap={4}>
              {pdf && (
                <Anchor href={evidenceUrl(pdf)} target="_blank" rel="noreferrer">
                  Open the PDF of {label.toLowerCase()}
                </Anchor>
              )}
              {mhtml && (
                <Anchor href={evidenceUrl(mhtml)} download>
                  Download the web archive (MHTML) of {label.toLowerCase()}
                </Anchor>
              )}
            </Stack>
          </Group>
        )}
        <ManifestInWords capture={capture} />
      </Stack>
    </Paper>
  );
}

/**
 * "Capture" beside the finding's URL: the server opens the page in its own browser with no
 * account and seals what it saw. Status updates live; the server decides everything.
 */
export function CapturePanel({
  findingId,
  sourceUrl,
  name,
}: {
  findingId: string;
  sourceUrl: string | null;
  name: string;
}) {
  const [url, setUrl] = useState(sourceUrl ?? '');
  const captures = useCaptures(findingId);
  const request = useRequestCapture(findingId);
  const list = captures.data ?? [];
  const client = useQueryClient();
  const done = list.filter((c) => c.status === 'DONE').length;
  // A finished capture adds evidence files: the vetting's counts change with it.
  useEffect(() => {
    if (done) void client.invalidateQueries({ queryKey: ['vettings'] });
  }, [done, client]);
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <TextInput
          label={`URL of ${name}`}
          description="The server opens it logged out, in a fresh browser, and seals what it saw"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button
          onClick={() => request.mutate(url)}
          loading={request.isPending}
          aria-label={`Capture ${name}`}
        >
          Capture
        </Button>
      </Group>
      <ErrorNote error={request.error} title="Capture refused" />
      <div aria-live="polite">
        <Stack gap="xs">
          {list.map((c, i) => (
            <CaptureResult key={c.id} capture={c} label={`Capture ${list.length - i}`} />
          ))}
        </Stack>
      </div>
    </Stack>
  );
}
