import { Badge, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { QueryState } from '@/components/Loading';
import { formatDate, formatDateTime, humanize } from '@/lib/format';
import { useRetentionPreview } from '../api/records';

const ITEM_LABEL: Record<string, string> = {
  FINDING_EXCERPT: 'Finding excerpt',
  FINDING_URL: 'Finding source URL',
  EVIDENCE_FILE: 'Evidence file',
  CAPTURE_URL: 'Server capture URLs',
  CAPTURE_MANIFEST: 'Server capture manifest',
};

/**
 * What the next retention purge would remove, and the rule behind each item; then the expired
 * records a hold or an open request keeps. The server decides both; nothing is removed here.
 */
export function RetentionPreviewView() {
  const preview = useRetentionPreview();
  if (!preview.data) return <QueryState query={preview} />;
  const p = preview.data;
  return (
    <Stack>
      <Text>
        As of {formatDateTime(p.asOf)}: raw findings and evidence are kept {p.retention.rawYears}{' '}
        years after their process closes, reports {p.retention.reportYears} years, the audit log{' '}
        {p.retention.auditYears} years.
      </Text>
      <List size="sm">
        {p.kept.map((k) => (
          <List.Item key={k}>{k}</List.Item>
        ))}
      </List>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          The next purge would remove ({p.items.length})
        </Title>
        {p.items.length === 0 ? (
          <Text>Nothing: no unheld record is past its retention period.</Text>
        ) : (
          <Table striped aria-label="Records the next purge would remove">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Process</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Closed</Table.Th>
                <Table.Th>Expired</Table.Th>
                <Table.Th>Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.items.map((i) => (
                <Table.Tr key={`${i.subjectType}-${i.subjectId}`}>
                  <Table.Td>{i.processTitle}</Table.Td>
                  <Table.Td>
                    {ITEM_LABEL[i.subjectType] ?? humanize(i.subjectType)}
                    <Text size="xs" c="dimmed">
                      finding {i.findingId.slice(0, 8)}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(String(i.closedAt))}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(String(i.expiresAt))}
                  </Table.Td>
                  <Table.Td>{i.rule}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Expired but kept by a hold ({p.skipped.length})
        </Title>
        {p.skipped.length === 0 ? (
          <Text>No expired record is under a hold.</Text>
        ) : (
          <Table striped aria-label="Expired records kept by a hold">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Process</Table.Th>
                <Table.Th>Held</Table.Th>
                <Table.Th>Expired</Table.Th>
                <Table.Th>Held by</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.skipped.map((s) => (
                <Table.Tr key={`${s.processId}-${s.candidateId ?? 'all'}`}>
                  <Table.Td>{s.processTitle}</Table.Td>
                  <Table.Td>{s.candidateId ? 'One candidate' : 'The whole process'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(String(s.expiresAt))}
                  </Table.Td>
                  <Table.Td>
                    {s.heldBy.map((h) => (
                      <Badge key={h.id} variant="light" mr={4}>
                        {h.kind === 'LEGAL_HOLD' ? 'Legal hold' : 'Records request'}: {h.label}
                      </Badge>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
