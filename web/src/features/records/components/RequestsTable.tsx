import { Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '@/components/Loading';
import { formatDate } from '@/lib/format';
import { useProcessSummaries, useRecordsRequests } from '../api/records';
import { DeadlineBadge } from './DeadlineBadge';

/** Every records request, newest first, with its age against its deadline. */
export function RequestsTable() {
  const requests = useRecordsRequests();
  const processes = useProcessSummaries();
  if (!requests.data) return <QueryState query={requests} />;
  if (requests.data.length === 0) return <Text>No records request has been logged.</Text>;
  const title = (id: string) => processes.data?.find((p) => p.id === id)?.title ?? id;
  return (
    <Table striped aria-label="Records requests">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Requester</Table.Th>
          <Table.Th>Records of</Table.Th>
          <Table.Th>Received</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Age and deadline</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {requests.data.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>
              <Link to={`/records/requests/${r.id}`}>{r.requester}</Link>
            </Table.Td>
            <Table.Td>
              {title(r.processId)}
              {r.candidateId && <Text size="xs">One candidate only</Text>}
            </Table.Td>
            <Table.Td>{formatDate(String(r.receivedAt))}</Table.Td>
            <Table.Td>
              <Badge variant="light">{r.status}</Badge>
            </Table.Td>
            <Table.Td>
              <DeadlineBadge request={r} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
