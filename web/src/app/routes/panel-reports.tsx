import { Anchor, Paper, Stack, Table, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/Loading';
import { PageTitle } from '@/components/PageTitle';
import {
  usePanelProcess,
  usePanelProcesses,
  useReport,
} from '@/features/reports/api/panel-reports';
import { ReportList } from '@/features/reports/components/ReportList';
import { ReportView } from '@/features/reports/components/ReportView';

export function PanelProcessesRoute() {
  const processes = usePanelProcesses();
  return (
    <Stack>
      <PageTitle>My processes</PageTitle>
      {processes.data ? (
        processes.data.length ? (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Process</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {processes.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/panel/processes/${p.id}`}>
                      {p.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.status}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text>You do not sit on any hiring panel.</Text>
        )
      ) : (
        <QueryState query={processes} />
      )}
    </Stack>
  );
}

export function PanelProcessRoute() {
  const { id = '' } = useParams();
  const process = usePanelProcess(id);
  return (
    <Stack>
      <PageTitle>{process.data ? `Reports: ${process.data.title}` : 'Reports'}</PageTitle>
      <Paper withBorder p="md">
        <ReportList processId={id} />
      </Paper>
    </Stack>
  );
}

export function ReportRoute() {
  const { id = '' } = useParams();
  const report = useReport(id);
  return (
    <Stack>
      <PageTitle>{report.data ? `Report: ${report.data.candidate.name}` : 'Report'}</PageTitle>
      {report.data ? <ReportView report={report.data} /> : <QueryState query={report} />}
    </Stack>
  );
}
