import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { QueryState } from '@/components/Loading';
import { formatDateTime } from '@/lib/format';
import { useLegalHolds, useReleaseHold, type LegalHold } from '../api/records';

const held = (h: LegalHold) =>
  h.candidateName
    ? `${h.candidateName} (${h.processTitle ?? 'process'})`
    : (h.processTitle ?? h.processId);

function ActiveHoldRow({ hold }: { hold: LegalHold }) {
  const release = useReleaseHold();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Table.Tr>
        <Table.Td>{held(hold)}</Table.Td>
        <Table.Td>{hold.reference}</Table.Td>
        <Table.Td>{hold.reason}</Table.Td>
        <Table.Td>
          {hold.createdByName ?? hold.createdBy}
          <Text size="xs" c="dimmed">
            {formatDateTime(hold.createdAt)}
          </Text>
        </Table.Td>
        <Table.Td>
          <Button
            size="xs"
            variant="default"
            onClick={() => setOpen((o) => !o)}
            aria-label={`Release hold ${hold.reference}`}
          >
            Release
          </Button>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                release.mutate({ id: hold.id, reason });
              }}
            >
              <Stack gap="xs">
                <Group align="flex-end">
                  <TextInput
                    label={`Why release ${hold.reference}`}
                    required
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                    style={{ flex: 1 }}
                  />
                  <Button type="submit" color="red" loading={release.isPending}>
                    Release hold
                  </Button>
                </Group>
                <ErrorNote error={release.error} title="Release refused" />
              </Stack>
            </form>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** Holds in force (each can be released with a reason), then every released hold: the history. */
export function HoldsTables() {
  const holds = useLegalHolds();
  if (!holds.data) return <QueryState query={holds} />;
  const active = holds.data.filter((h) => h.active);
  const released = holds.data.filter((h) => !h.active);
  return (
    <Stack>
      {active.length === 0 ? (
        <Text>No legal hold is in force.</Text>
      ) : (
        <Table striped aria-label="Legal holds in force">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Holds</Table.Th>
              <Table.Th>Reference</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>Placed by</Table.Th>
              <Table.Th>Action</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {active.map((h) => (
              <ActiveHoldRow key={h.id} hold={h} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text fw={600}>History: released holds</Text>
      {released.length === 0 ? (
        <Text>No hold has been released.</Text>
      ) : (
        <Table striped aria-label="Released legal holds">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Held</Table.Th>
              <Table.Th>Reference and reason</Table.Th>
              <Table.Th>Placed</Table.Th>
              <Table.Th>Released</Table.Th>
              <Table.Th>Why released</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {released.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{held(h)}</Table.Td>
                <Table.Td>
                  {h.reference}
                  <Text size="xs" c="dimmed">
                    {h.reason}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {formatDateTime(h.createdAt)} by {h.createdByName ?? h.createdBy}
                </Table.Td>
                <Table.Td>
                  {formatDateTime(h.releasedAt)} by {h.releasedByName ?? h.releasedBy}
                </Table.Td>
                <Table.Td>{h.releaseReason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
