import { Paper, Stack, Tabs, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/Loading';
import { PageTitle } from '@/components/PageTitle';
import { useProcess } from '@/features/processes/api/processes';
import { CandidatesPanel } from '@/features/processes/components/CandidatesPanel';
import { CloseProcessPanel } from '@/features/processes/components/CloseProcessPanel';
import { ChecklistEditor } from '@/features/processes/components/ChecklistEditor';
import { CreateProcessForm } from '@/features/processes/components/CreateProcessForm';
import { ParticipantsPanel } from '@/features/processes/components/ParticipantsPanel';
import { ProcessList } from '@/features/processes/components/ProcessList';
import { ProcessSettings } from '@/features/processes/components/ProcessSettings';
import { useUsers } from '@/features/users/api/users';
import { AssignmentsTable } from '@/features/vettings/components/AssignmentsTable';

export function ProcessesRoute() {
  const navigate = useNavigate();
  return (
    <Stack>
      <PageTitle>Hiring processes</PageTitle>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          New process
        </Title>
        <CreateProcessForm onCreated={(p) => void navigate(`/admin/processes/${p.id}`)} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          All processes
        </Title>
        <ProcessList />
      </Paper>
    </Stack>
  );
}

export function ProcessDetailRoute() {
  const { id = '' } = useParams();
  const process = useProcess(id);
  const users = useUsers();
  const option = (u: { id: string; name: string; email: string }) => ({
    value: u.id,
    label: `${u.name} (${u.email})`,
  });
  const active = (users.data ?? []).filter((u) => u.active);
  const searchers = active.filter((u) => u.roles.includes('SEARCHER')).map(option);
  const panel = active.filter((u) => u.roles.includes('PANEL')).map(option);
  if (!process.data) return <QueryState query={process} />;
  const p = process.data;
  return (
    <Stack>
      <PageTitle>{`Process: ${p.title}${p.status === 'CLOSED' ? ' (closed)' : ''}`}</PageTitle>
      <Tabs defaultValue="settings" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="settings">Settings</Tabs.Tab>
          <Tabs.Tab value="checklist">Checklist</Tabs.Tab>
          <Tabs.Tab value="candidates">Candidates</Tabs.Tab>
          <Tabs.Tab value="people">Panel and searchers</Tabs.Tab>
          <Tabs.Tab value="assignments">Assignments</Tabs.Tab>
          <Tabs.Tab value="close">{p.status === 'CLOSED' ? 'Closed' : 'Close process'}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="settings" pt="md">
          <ProcessSettings process={p} />
        </Tabs.Panel>
        <Tabs.Panel value="checklist" pt="md">
          <ChecklistEditor key={p.checklist?.id ?? 'none'} process={p} />
        </Tabs.Panel>
        <Tabs.Panel value="candidates" pt="md">
          <CandidatesPanel processId={p.id} />
        </Tabs.Panel>
        <Tabs.Panel value="people" pt="md">
          <ParticipantsPanel processId={p.id} panelCandidates={panel} searchers={searchers} />
        </Tabs.Panel>
        <Tabs.Panel value="assignments" pt="md">
          <AssignmentsTable processId={p.id} searchers={searchers} />
        </Tabs.Panel>
        <Tabs.Panel value="close" pt="md">
          <CloseProcessPanel process={p} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
