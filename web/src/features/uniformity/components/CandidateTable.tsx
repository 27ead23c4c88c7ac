import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime, humanize } from '@/lib/format';
import type { CandidateRow } from '../api/uniformity';

const minutes = (s: number | null) => (s === null ? '—' : `${Math.round(s / 60)} min`);

/** One row per candidate, each with an anchor the deviations link to. */
export function CandidateTable({ rows }: { rows: CandidateRow[] }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Candidate</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Checklist</Table.Th>
            <Table.Th>Items resolved</Table.Th>
            <Table.Th>Searcher</Table.Th>
            <Table.Th>Searches</Table.Th>
            <Table.Th>Time to submit</Table.Th>
            <Table.Th>Findings</Table.Th>
            <Table.Th>Verified / refuted / inconclusive / none</Table.Th>
            <Table.Th>Withheld</Table.Th>
            <Table.Th>Release</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.candidateId} id={`candidate-${r.candidateId}`}>
              <Table.Th scope="row">{r.candidateName}</Table.Th>
              <Table.Td>{humanize(r.vettingStatus)}</Table.Td>
              <Table.Td>{r.checklistVersion ? `v${r.checklistVersion}` : '—'}</Table.Td>
              <Table.Td>
                {r.itemsResolved} of {r.itemsTotal}
              </Table.Td>
              <Table.Td>{r.searcher?.name ?? '—'}</Table.Td>
              <Table.Td>{r.searchesLogged}</Table.Td>
              <Table.Td>{minutes(r.secondsToSubmission)}</Table.Td>
              <Table.Td>{r.findingsTotal}</Table.Td>
              <Table.Td>
                {r.validation.verified} / {r.validation.refuted} / {r.validation.inconclusive} /{' '}
                {r.validation.unvalidated}
              </Table.Td>
              <Table.Td>{r.withheldFromPanel}</Table.Td>
              <Table.Td>
                {r.release.status === 'RELEASED' ? (
                  <>
                    v{r.release.version}, {formatDateTime(r.release.releasedAt)}
                    {r.release.reportId && (
                      <>
                        {' · '}
                        <Anchor component={Link} to={`/audit/reports/${r.release.reportId}/views`}>
                          Who viewed
                        </Anchor>
                      </>
                    )}
                  </>
                ) : (
                  'Not released'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
