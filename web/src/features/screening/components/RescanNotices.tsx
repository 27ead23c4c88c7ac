import { Anchor, List, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorNote } from '@/components/ErrorNote';
import { formatDateTime } from '@/lib/format';
import { useRescanNotices } from '../api/rescan';

/**
 * Released reports that new detector rules would have flagged. A released report is never
 * rewritten: its findings were screened again, so review the new flags and release a corrected
 * version from the vetting page.
 */
export function RescanNotices() {
  const notices = useRescanNotices();
  if (notices.error) return <ErrorNote error={notices.error} />;
  const list = notices.data?.notices ?? [];
  return (
    <section aria-labelledby="rescan-heading">
      <Title order={2} size="h4" mt="lg" mb="xs" id="rescan-heading">
        Released reports to correct (new detector rules)
      </Title>
      {list.length === 0 ? (
        <Text>None.</Text>
      ) : (
        <>
          <Text size="sm" mb="xs">
            The current detector rules would have flagged text in these released reports. A released
            report is never changed: its findings were screened again, so a searcher other than
            their author reviews the new flags (under “Filter reviews waiting for me”), and the
            assigned searcher releases a corrected version from the vetting page.
          </Text>
          <Table aria-label="Released reports to correct">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Report</Table.Th>
                <Table.Th>Process</Table.Th>
                <Table.Th>New flags</Table.Th>
                <Table.Th>Listed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((n) => (
                <Table.Tr key={n.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/vettings/${n.vettingId}`}>
                      Correct report version {n.reportVersion} of {n.candidateName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{n.processTitle}</Table.Td>
                  <Table.Td>
                    <List size="sm">
                      {n.flags.map((f) => (
                        <List.Item key={`${f.findingIndex}-${f.field}-${f.class}`}>
                          Finding {f.findingIndex + 1}, {f.field}: {f.class} ({f.count})
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                  <Table.Td>{formatDateTime(n.listedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </section>
  );
}
