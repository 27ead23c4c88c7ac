import { Paper, Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { PageTitle } from '@/components/PageTitle';
import { AuditLog } from '@/features/audit/components/AuditLog';
import { ReportViewers } from '@/features/audit/components/ReportViewers';
import { VerificationPanel } from '@/features/audit/components/VerificationPanel';
import { ProcessPicker } from '@/features/uniformity/components/ProcessPicker';
import { UniformityDashboard } from '@/features/uniformity/components/UniformityDashboard';

export function UniformityListRoute() {
  return (
    <Stack>
      <PageTitle>Uniformity</PageTitle>
      <Paper withBorder p="md">
        <ProcessPicker />
      </Paper>
    </Stack>
  );
}

export function UniformityRoute() {
  const { id = '' } = useParams();
  return (
    <Stack>
      <PageTitle>Uniformity dashboard</PageTitle>
      <UniformityDashboard processId={id} />
    </Stack>
  );
}

export function AuditLogRoute() {
  return (
    <Stack>
      <PageTitle>Audit log</PageTitle>
      <AuditLog />
    </Stack>
  );
}

export function ReportViewsRoute() {
  const { id = '' } = useParams();
  return (
    <Stack>
      <PageTitle>Who viewed this report</PageTitle>
      <ReportViewers key={id} reportId={id} />
    </Stack>
  );
}

export function VerificationRoute() {
  return (
    <Stack>
      <PageTitle>Chain verification</PageTitle>
      <VerificationPanel />
    </Stack>
  );
}
