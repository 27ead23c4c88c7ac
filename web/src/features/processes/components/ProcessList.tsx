import { Anchor, Badge, Table } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '@/components/Loading';
import { formatDateTime } from '@/lib/format';
import { useProcesses } from '../api/processes';

export function ProcessList() {
  const processes = useProcesses();
  if (!processes.data) return <QueryState query={processes} />;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Process</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Checklist</Table.Th>
          <Table.Th>Created</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {processes.data.map((p) => (
          <Table.Tr key={p.id}>
            <Table.Td>
              <Anchor component={Link} to={`/admin/processes/${p.id}`}>
                {p.title}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Badge variant="light">{p.status}</Badge>
            </Table.Td>
            <Table.Td>
              {p.checklist
                ? `version ${p.checklist.version}, ${p.checklist.items.length} items`
                : 'none yet'}
            </Table.Td>
            <Table.Td>{formatDateTime(p.createdAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
