import { Button, Table, Text } from '@mantine/core';
import { QueryState } from '@/components/Loading';
import { formatDateTime, humanize } from '@/lib/format';
import { useParticipants, useRemovePanelMember } from '../api/processes';

/** Who sits or sat on the panel, who seated and removed them, and when. */
export function PanelSeatsTable({
  processId,
  unseat,
}: {
  processId: string;
  unseat: ReturnType<typeof useRemovePanelMember>;
}) {
  const participants = useParticipants(processId);
  if (!participants.data) return <QueryState query={participants} />;
  const seats = participants.data.panel;
  if (!seats.length)
    return (
      <Text c="dimmed" mt="xs">
        Nobody has been seated on the panel.
      </Text>
    );
  return (
    <Table striped mt="xs" aria-label="Panel seats">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Member</Table.Th>
          <Table.Th>Seat</Table.Th>
          <Table.Th>Seated</Table.Th>
          <Table.Th>Removed</Table.Th>
          <Table.Th>Action</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {seats.map((s) => (
          <Table.Tr key={`${s.userId}-${s.addedAt}`}>
            <Table.Td>
              {s.name}
              <Text size="xs" c="dimmed">
                {s.email}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" fw={s.current ? 700 : 400}>
                {s.current ? 'Current' : 'Past'}
              </Text>
            </Table.Td>
            <Table.Td>
              {formatDateTime(s.addedAt)} by {s.addedByName}
            </Table.Td>
            <Table.Td>
              {s.removedAt ? `${formatDateTime(s.removedAt)} by ${s.removedByName ?? '—'}` : '—'}
            </Table.Td>
            <Table.Td>
              {s.current && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  loading={unseat.isPending && unseat.variables === s.userId}
                  onClick={() => unseat.mutate(s.userId)}
                >
                  Remove {s.name} from panel
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The searcher pool and the searcher work recorded in the process (never removed). */
export function SearcherWorkTable({ processId }: { processId: string }) {
  const participants = useParticipants(processId);
  if (!participants.data) return <QueryState query={participants} />;
  const rows = participants.data.searchers;
  if (!rows.length)
    return (
      <Text c="dimmed" mt="xs">
        No searcher is in the pool yet.
      </Text>
    );
  return (
    <Table striped mt="xs" aria-label="Searcher pool and searcher work">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Searcher</Table.Th>
          <Table.Th>Duty</Table.Th>
          <Table.Th>Since</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={`${r.userId}-${r.duty}`}>
            <Table.Td>
              {r.name}
              <Text size="xs" c="dimmed">
                {r.email}
              </Text>
            </Table.Td>
            <Table.Td>{r.duty === 'POOL' ? 'In pool' : humanize(r.duty)}</Table.Td>
            <Table.Td>{formatDateTime(r.since)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
