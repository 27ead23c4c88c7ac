import { Anchor, Code, Progress, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { QueryState } from '@/components/Loading';
import { formatDateTime, humanize } from '@/lib/format';
import { downloadUrl, useExport, useExports, type ExportBundle } from '../api/records';

const KIND: Record<string, string> = {
  E_DISCOVERY: 'E-discovery (complete)',
  PUBLIC_RELEASE: 'Public release (redacted)',
};

export const kindLabel = (kind: string) => KIND[kind] ?? humanize(kind);

/** The export's live status: the job's own progress while it runs, then the download. */
function ExportStatus({ bundle }: { bundle: ExportBundle }) {
  const running = bundle.status === 'PENDING' || bundle.status === 'RUNNING';
  const live = useExport(bundle.id, running);
  // Once the list shows it finished, the list is the fresher of the two.
  const e = running ? (live.data ?? bundle) : bundle;
  const label = `Progress of export ${e.id.slice(0, 8)}`;
  if (e.status === 'DONE') {
    return (
      <>
        <Progress value={100} aria-label={label} size="sm" mb={4} />
        <Text size="sm">
          Done, 100% · {e.fileCount} files, {e.size?.toLocaleString()} bytes
        </Text>
        <Anchor href={downloadUrl(e.id)} download>
          Download bundle {e.id.slice(0, 8)}
        </Anchor>
        <Text size="xs" mt={4}>
          SHA-256 of the zip:
        </Text>
        <Code block aria-label={`SHA-256 of export ${e.id.slice(0, 8)}`}>
          {e.sha256}
        </Code>
      </>
    );
  }
  if (e.status === 'FAILED') {
    return (
      <Text size="sm" c="red">
        Failed: {e.error}
      </Text>
    );
  }
  return (
    <>
      <Progress value={e.progress} aria-label={label} size="lg" striped animated />
      <Text size="sm" role="status">
        {e.status === 'PENDING' ? 'Queued' : 'Running'}, {e.progress}%
      </Text>
    </>
  );
}

/** Exports, newest first: who asked, when, scope and kind, then live progress or the download. */
export function ExportsTable({ recordsRequestId }: { recordsRequestId?: string }) {
  const exports = useExports(recordsRequestId);
  if (!exports.data) return <QueryState query={exports} />;
  if (exports.data.length === 0) return <Text>No export yet.</Text>;
  return (
    <Table striped aria-label="Export bundles" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Kind</Table.Th>
          <Table.Th>Scope</Table.Th>
          <Table.Th>Requested</Table.Th>
          <Table.Th w="40%">Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {exports.data.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>
              <Text size="sm" fw={600}>
                {kindLabel(e.kind)}
              </Text>
            </Table.Td>
            <Table.Td>
              {e.processTitle ?? e.scope.processId}
              {e.candidateName && <Text size="sm">Candidate: {e.candidateName}</Text>}
              {e.recordsRequestId && !recordsRequestId && (
                <Anchor
                  component={Link}
                  to={`/records/requests/${e.recordsRequestId}`}
                  size="sm"
                  display="block"
                >
                  Answers a records request
                </Anchor>
              )}
            </Table.Td>
            <Table.Td>
              {e.requestedByName ?? e.requestedBy}
              <Text size="xs" c="dimmed">
                {formatDateTime(e.requestedAt)}
              </Text>
            </Table.Td>
            <Table.Td>
              <ExportStatus bundle={e} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
