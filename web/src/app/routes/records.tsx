import { Alert, Paper, Stack, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/Loading';
import { PageTitle } from '@/components/PageTitle';
import { useRecordsRequests } from '@/features/records/api/records';
import { CreateRequestForm } from '@/features/records/components/CreateRequestForm';
import { ExportsTable } from '@/features/records/components/ExportsTable';
import { HoldsTables } from '@/features/records/components/HoldsTables';
import { PlaceHoldForm } from '@/features/records/components/PlaceHoldForm';
import { RequestDetail } from '@/features/records/components/RequestDetail';
import { RequestsTable } from '@/features/records/components/RequestsTable';
import { RetentionPreviewView } from '@/features/records/components/RetentionPreviewView';
import { VerifyInstructions } from '@/features/records/components/VerifyInstructions';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function RecordsRequestsRoute() {
  const navigate = useNavigate();
  return (
    <Stack>
      <PageTitle>Records requests</PageTitle>
      <Section title="Log a request">
        <CreateRequestForm onCreated={(r) => void navigate(`/records/requests/${r.id}`)} />
      </Section>
      <Section title="All requests">
        <RequestsTable />
      </Section>
    </Stack>
  );
}

export function RecordsRequestRoute() {
  const { id = '' } = useParams();
  const requests = useRecordsRequests();
  if (!requests.data) return <QueryState query={requests} />;
  const request = requests.data.find((r) => r.id === id);
  if (!request) {
    return (
      <>
        <PageTitle>Records request</PageTitle>
        <Alert color="yellow">There is no records request with this id.</Alert>
      </>
    );
  }
  return (
    <Stack>
      <PageTitle>{`Records request from ${request.requester}`}</PageTitle>
      <RequestDetail request={request} />
    </Stack>
  );
}

export function LegalHoldsRoute() {
  return (
    <Stack>
      <PageTitle>Legal holds</PageTitle>
      <Section title="Place a hold">
        <PlaceHoldForm />
      </Section>
      <Section title="Holds">
        <HoldsTables />
      </Section>
    </Stack>
  );
}

export function RetentionRoute() {
  return (
    <Stack>
      <PageTitle>Retention preview</PageTitle>
      <RetentionPreviewView />
    </Stack>
  );
}

export function ExportsRoute() {
  return (
    <Stack>
      <PageTitle>Export bundles</PageTitle>
      <Section title="All exports">
        <ExportsTable />
      </Section>
      <Section title="Verifying a bundle offline">
        <VerifyInstructions />
      </Section>
    </Stack>
  );
}
