import { Button, Group, List, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { formatDateTime } from '@/lib/format';
import {
  useProcessSummaries,
  useStartExport,
  useUpdateRecordsRequest,
  type RecordsRequest,
} from '../api/records';
import { DeadlineBadge } from './DeadlineBadge';
import { ExportsTable } from './ExportsTable';

const STATUSES = ['OPEN', 'FULFILLED', 'DENIED', 'CLOSED'];

function StatusForm({ request }: { request: RecordsRequest }) {
  const update = useUpdateRecordsRequest(request.id);
  const [status, setStatus] = useState<string | null>(request.status);
  const [note, setNote] = useState('');
  return (
    <form
      aria-label="Change the request's status"
      onSubmit={(e) => {
        e.preventDefault();
        if (status)
          update.mutate(
            { status: status as RecordsRequest['status'], note: note || undefined },
            { onSuccess: () => setNote('') },
          );
      }}
    >
      <Stack gap="xs">
        <Group align="flex-end">
          <Select label="Status" data={STATUSES} value={status} onChange={setStatus} w={180} />
          <TextInput
            label="Note"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={update.isPending}>
            Change status
          </Button>
        </Group>
        <ErrorNote error={update.error} title="Status change refused" />
      </Stack>
    </form>
  );
}

function StartExport({ request }: { request: RecordsRequest }) {
  const start = useStartExport();
  const [kind, setKind] = useState<string | null>('E_DISCOVERY');
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <Select
          label="Kind of export"
          data={[
            { value: 'E_DISCOVERY', label: 'E-discovery: complete, unredacted' },
            { value: 'PUBLIC_RELEASE', label: 'Public release: released reports, redacted' },
          ]}
          value={kind}
          onChange={setKind}
          w={360}
        />
        <Button
          loading={start.isPending}
          disabled={!kind}
          onClick={() =>
            kind &&
            start.mutate({
              scope: request.scope,
              kind: kind as 'E_DISCOVERY' | 'PUBLIC_RELEASE',
              recordsRequestId: request.id,
            })
          }
        >
          Start export of this request&apos;s scope
        </Button>
      </Group>
      <ErrorNote error={start.error} title="Export refused" />
    </Stack>
  );
}

/** One records request: what was asked, its age against its deadline, status, and its exports. */
export function RequestDetail({ request }: { request: RecordsRequest }) {
  const processes = useProcessSummaries();
  const title = processes.data?.find((p) => p.id === request.processId)?.title ?? request.processId;
  return (
    <Stack>
      <Group>
        <DeadlineBadge request={request} />
      </Group>
      <List spacing={4}>
        <List.Item>Requester: {request.requester}</List.Item>
        <List.Item>Records of: {title}</List.Item>
        <List.Item>Received: {formatDateTime(request.receivedAt)}</List.Item>
        <List.Item>Answer due by: {formatDateTime(request.deadline)}</List.Item>
        <List.Item>
          Status: {request.status}
          {request.statusChangedAt &&
            ` (changed ${formatDateTime(request.statusChangedAt)} by ${request.statusChangedByName ?? request.statusChangedBy}${request.statusNote ? `: ${request.statusNote}` : ''})`}
        </List.Item>
        <List.Item>
          Logged by {request.createdByName ?? request.createdBy} on{' '}
          {formatDateTime(request.createdAt)}
        </List.Item>
      </List>
      <Text>{request.description}</Text>
      {request.status === 'OPEN' && (
        <Text size="sm" c="dimmed">
          While this request is open, nothing in its scope is purged.
        </Text>
      )}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Status
        </Title>
        <StatusForm key={request.status} request={request} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Exports for this request
        </Title>
        <StartExport request={request} />
        <ExportsTable recordsRequestId={request.id} />
      </Paper>
    </Stack>
  );
}
