import { Alert, Anchor, Badge, Progress, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '@/components/Loading';
import { countOf, humanize } from '@/lib/format';
import { useMyWork } from '../api/work';

/** My work: each vetting, validation and filter review one click away. */
export function MyWorkLists() {
  const work = useMyWork();
  if (!work.data) return <QueryState query={work} />;
  const { vettings, validations, filterReviews, designationActive } = work.data;
  return (
    <>
      {!designationActive && (
        <Alert color="yellow" mb="md" title="Designation not active">
          Your searcher designation is not active, so only your assigned vettings show and the
          server will refuse searcher work until an administrator designates you.
        </Alert>
      )}
      <Title order={2} size="h4" mt="md" mb="xs">
        My assigned vettings
      </Title>
      {vettings.length === 0 ? (
        <Text>No vettings assigned to you.</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Candidate</Table.Th>
              <Table.Th>Process</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Progress</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {vettings.map((v) => (
              <Table.Tr key={v.vettingId}>
                <Table.Td>
                  <Anchor component={Link} to={`/vettings/${v.vettingId}`}>
                    {v.candidateName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{v.processTitle}</Table.Td>
                <Table.Td>
                  {v.processClosedAt ? (
                    <Badge color="gray" variant="light">
                      Process closed
                    </Badge>
                  ) : (
                    <Badge variant="light">{humanize(v.status)}</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {v.itemsResolved} of {v.itemsTotal} items, {countOf(v.findings, 'finding')}
                  </Text>
                  <Progress
                    value={v.itemsTotal ? (v.itemsResolved / v.itemsTotal) * 100 : 0}
                    aria-label={`Progress for ${v.candidateName}`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2} size="h4" mt="lg" mb="xs">
        Findings waiting for my validation
      </Title>
      {validations.length === 0 ? (
        <Text>None.</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {validations.map((f) => (
              <Table.Tr key={f.findingId}>
                <Table.Td>
                  <Anchor component={Link} to={`/findings/${f.findingId}/validate`}>
                    Validate {humanize(f.category)} finding on {f.candidateName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{f.processTitle}</Table.Td>
                <Table.Td>item {f.itemKey}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2} size="h4" mt="lg" mb="xs">
        Filter reviews waiting for me
      </Title>
      {filterReviews.length === 0 ? (
        <Text>None.</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {filterReviews.map((f) => (
              <Table.Tr key={f.findingId}>
                <Table.Td>
                  <Anchor component={Link} to={`/findings/${f.findingId}/review`}>
                    Review {f.flags} {f.flags === 1 ? 'flag' : 'flags'} on {f.candidateName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{f.processTitle}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
