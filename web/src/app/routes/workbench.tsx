import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/Loading';
import { PageTitle } from '@/components/PageTitle';
import { humanize } from '@/lib/format';
import { usePolicyCategories, useSearchMethods } from '@/lib/policy';
import { CapturePanel } from '@/features/capture/components/CapturePanel';
import { EvidenceUpload } from '@/features/findings/components/EvidenceUpload';
import { FindingForm } from '@/features/findings/components/FindingForm';
import { ReleasePanel } from '@/features/reports/components/ReleasePanel';
import { ScreeningStatus } from '@/features/screening/components/ScreeningStatus';
import { rawFindings } from '@/features/vettings/api/types';
import { useVetting } from '@/features/vettings/api/vettings';
import { ChecklistItems } from '@/features/vettings/components/ChecklistItems';
import { SubmitPanel, VettingProgress } from '@/features/vettings/components/SubmitPanel';

/** The vetting workbench: checklist and search log, findings with evidence, submit, release. */
export function WorkbenchRoute() {
  const { id = '' } = useParams();
  const vetting = useVetting(id);
  const methods = useSearchMethods();
  const policy = usePolicyCategories();
  const [uploadFor, setUploadFor] = useState<string | null>(null);
  if (!vetting.data) return <QueryState query={vetting} />;
  const v = vetting.data;
  return (
    <Stack>
      <PageTitle>{`Vetting: ${v.candidate.fullName}`}</PageTitle>
      <Group>
        <Badge variant="light">{humanize(v.status)}</Badge>
        <Text size="sm">Checklist version {v.checklistVersion ?? '—'}</Text>
      </Group>
      <VettingProgress vetting={v} />
      <section aria-labelledby="checklist-heading">
        <Title order={2} size="h4" id="checklist-heading" mb="xs">
          Checklist
        </Title>
        <QueryState query={methods} />
        <ChecklistItems
          vetting={v}
          methods={methods.data ?? []}
          outcomes={policy.data?.itemOutcomes ?? []}
        />
      </section>
      <section aria-labelledby="findings-heading">
        <Title order={2} size="h4" id="findings-heading" mb="xs">
          Findings
        </Title>
        <Stack>
          {rawFindings(v).map((f, i) => (
            <Paper key={f.id} withBorder p="sm">
              <Group justify="space-between">
                <Text fw={600}>
                  Finding {i + 1}: {humanize(f.category)} on item {f.itemKey}
                </Text>
                <ScreeningStatus findingId={f.id} />
              </Group>
              <Text size="sm">
                {f.evidence.length} evidence {f.evidence.length === 1 ? 'file' : 'files'},{' '}
                {f.validations.length} {f.validations.length === 1 ? 'validation' : 'validations'}
              </Text>
              <Group gap="md" mt="xs">
                <Anchor component={Link} to={`/findings/${f.id}/review`}>
                  Review flags of finding {i + 1}
                </Anchor>
                <Anchor component="button" type="button" onClick={() => setUploadFor(f.id)}>
                  Add evidence to finding {i + 1}
                </Anchor>
              </Group>
              <CapturePanel findingId={f.id} sourceUrl={f.sourceUrl} name={`finding ${i + 1}`} />
              {uploadFor === f.id && <EvidenceUpload findingId={f.id} />}
            </Paper>
          ))}
          <Paper withBorder p="md">
            <Title order={3} size="h5" mb="xs">
              Record a finding
            </Title>
            <FindingForm
              vettingId={v.id}
              items={v.items}
              methods={methods.data ?? []}
              categories={policy.data?.categories ?? []}
              identityTypes={policy.data?.identityMatchTypes ?? []}
              onCreated={(f) => setUploadFor(f.id)}
            />
          </Paper>
        </Stack>
      </section>
      <section aria-labelledby="submit-heading">
        <Title order={2} size="h4" id="submit-heading" mb="xs">
          Submit and release
        </Title>
        <Stack>
          <SubmitPanel vetting={v} />
          <ReleasePanel vettingId={v.id} />
        </Stack>
      </section>
    </Stack>
  );
}
