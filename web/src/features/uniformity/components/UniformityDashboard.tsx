import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  RingProgress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { QueryState } from '@/components/Loading';
import { formatDateTime, humanize } from '@/lib/format';
import { uniformityCsvUrl, useUniformity } from '../api/uniformity';
import { CandidateTable } from './CandidateTable';
import { DeviationList } from './DeviationList';
import { SearcherCharts } from './SearcherCharts';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** "Was every candidate treated the same?" for one process, from the server's uniformity report. */
export function UniformityDashboard({ processId }: { processId: string }) {
  const report = useUniformity(processId);
  if (!report.data) return <QueryState query={report} />;
  const r = report.data;
  const full = r.candidates.filter((c) => c.itemsTotal > 0 && c.itemsResolved === c.itemsTotal);
  const share = Math.round(r.summary.fullCoverageShare * 100);
  const names = new Map(r.candidates.map((c) => [c.candidateId, c.candidateName]));
  return (
    <Stack>
      <Group justify="space-between">
        <Text>
          {r.process.title} · {r.process.status} · computed {formatDateTime(r.process.generatedAt)}
        </Text>
        <Group>
          <Button component="a" href={uniformityCsvUrl(processId, 'candidates')} download>
            Download candidates CSV
          </Button>
          <Button component="a" href={uniformityCsvUrl(processId, 'deviations')} download>
            Download deviations CSV
          </Button>
        </Group>
      </Group>
      <Section title="Coverage">
        <Group>
          <RingProgress
            size={96}
            thickness={10}
            sections={[{ value: share, color: share === 100 ? 'green.8' : 'orange.8' }]}
            label={
              <Text ta="center" fw={700}>
                {share}%
              </Text>
            }
            aria-hidden
          />
          <Text>
            {full.length} of {r.candidates.length} candidates have every checklist item resolved.{' '}
            {r.summary.deviationCount} deviation{r.summary.deviationCount === 1 ? '' : 's'} found.
          </Text>
        </Group>
      </Section>
      <Section title="Deviations">
        <DeviationList deviations={r.deviations} candidates={r.candidates} />
      </Section>
      <Section title="Candidates">
        <CandidateTable rows={r.candidates} />
      </Section>
      <Section title="Per searcher">
        <SearcherCharts searchers={r.summary.perSearcher} />
      </Section>
      <Section title="KEEP decisions">
        {r.keepDecisions.length ? (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Candidate</Table.Th>
                <Table.Th>Class</Table.Th>
                <Table.Th>Kept text</Table.Th>
                <Table.Th>Justification</Table.Th>
                <Table.Th>Reviewer</Table.Th>
                <Table.Th>Decided</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.keepDecisions.map((k) => (
                <Table.Tr key={k.decisionId}>
                  <Table.Td>
                    <Anchor href={`#candidate-${k.candidateId}`}>
                      {names.get(k.candidateId) ?? k.candidateId}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge color="grape">{humanize(k.flagClass)}</Badge> in {k.field}
                  </Table.Td>
                  <Table.Td>{k.keptText ?? '—'}</Table.Td>
                  <Table.Td>{k.justification ?? '—'}</Table.Td>
                  <Table.Td>{k.reviewer.name ?? k.reviewer.id}</Table.Td>
                  <Table.Td>{formatDateTime(k.decidedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text>No flag was kept: every protected-class flag was redacted.</Text>
        )}
      </Section>
      <Section title="Separation of duties">
        {r.separationOfDuties.length ? (
          <List>
            {r.separationOfDuties.map((b) => (
              <List.Item key={b.userId}>
                <Text c="red.9" fw={600} span>
                  {b.name ?? b.userId}
                </Text>{' '}
                sits on the panel (since {formatDateTime(b.panelSince)}) and did searcher work:{' '}
                {b.searcherWork.map(humanize).join(', ')}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text>No panel member did any searcher work in this process.</Text>
        )}
      </Section>
    </Stack>
  );
}
