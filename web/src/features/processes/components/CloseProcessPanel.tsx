import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { formatDateTime } from '@/lib/format';
import { useCloseProcess, type Process } from '../api/processes';

/**
 * Closing a process ends all work on it (the server refuses every change afterwards) and starts
 * the retention clock of its raw records. The reason goes into the audit log.
 */
export function CloseProcessPanel({ process }: { process: Process }) {
  const close = useCloseProcess(process.id);
  const [reason, setReason] = useState('');
  if (process.status === 'CLOSED') {
    return (
      <Alert color="gray" title="This process is closed" role="status">
        Closed {formatDateTime(process.closedAt)}. No more changes are accepted; its raw records are
        kept for the retention period from this date.
      </Alert>
    );
  }
  return (
    <form
      aria-label="Close this process"
      onSubmit={(e) => {
        e.preventDefault();
        close.mutate(reason);
      }}
    >
      <Stack>
        <Text>
          Closing ends all work on this process: no more candidates, searches, findings, validation,
          assignments or panel changes. Its retention clock starts now. This cannot be undone.
        </Text>
        <Textarea
          label="Reason for closing"
          description="Kept in the audit log"
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <ErrorNote error={close.error} title="Closing refused" />
        <Group>
          <Button type="submit" color="red" loading={close.isPending}>
            Close process
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
