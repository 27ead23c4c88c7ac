import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '@/components/Loading';
import { formatDateTime } from '@/lib/format';
import { useProcessReports } from '../api/panel-reports';

/** A process's candidates with their latest released report. */
export function ReportList({ processId }: { processId: string }) {
  const reports = useProcessReports(processId);
  if (!reports.data) return <QueryState query={reports} />;
  if (!reports.data.length) return <Text>No report has been released to the panel yet.</Text>;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Candidate</Table.Th>
          <Table.Th>Version</Table.Th>
          <Table.Th>Released</Table.Th>
          <Table.Th>Findings reported</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reports.data.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td>
              <Anchor component={Link} to={`/reports/${r.id}`}>
                {r.candidate.name}
              </Anchor>
            </Table.Td>
            <Table.Td>{r.version}</Table.Td>
            <Table.Td>{formatDateTime(r.releasedAt)}</Table.Td>
            <Table.Td>{r.findings.length}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
