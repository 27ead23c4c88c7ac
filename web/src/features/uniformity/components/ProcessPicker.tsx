import { Anchor, Badge, Table } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '@/components/Loading';
import { formatDateTime } from '@/lib/format';
import { useProcessSummaries } from '../api/uniformity';

/** Every process, each leading to its uniformity dashboard. */
export function ProcessPicker() {
  const processes = useProcessSummaries();
  if (!processes.data) return <QueryState query={processes} />;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Process</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Candidates</Table.Th>
          <Table.Th>Reports released</Table.Th>
          <Table.Th>Created</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {processes.data.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>
              <Anchor component={Link} to={`/audit/uniformity/${p.id}`}>
                {p.title}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Badge>{p.status}</Badge>
            </Table.Td>
            <Table.Td>{p.candidates}</Table.Td>
            <Table.Td>{p.reportVersions}</Table.Td>
            <Table.Td>{formatDateTime(p.createdAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
