import { Alert, Badge, Button, Code, Stack, Table, Text } from '@mantine/core';
import { ErrorNote } from '@/components/ErrorNote';
import { QueryState } from '@/components/Loading';
import { countOf, formatDateTime } from '@/lib/format';
import { useVerifications, useVerifyNow, type VerificationReport } from '../api/audit';

function Result({ r }: { r: VerificationReport }) {
  if (!r.intact) {
    return (
      <Alert color="red" role="alert" title="The chain is broken">
        First broken sequence number: {r.brokenAtSeq} ({r.reason}). {countOf(r.count, 'event')}{' '}
        read.
      </Alert>
    );
  }
  if (r.tampering) {
    return (
      <Alert color="red" role="alert" title="Tampering">
        {r.tampering}
      </Alert>
    );
  }
  return (
    <Alert color="green" role="status" title="The chain is intact">
      {countOf(r.count, 'event')}, head seq {r.headSeq}, head hash <Code>{r.headHash}</Code>
      <Pending r={r} />
    </Alert>
  );
}

/** Committed events the sequencer has not chained yet: not covered by this verification. */
function Pending({ r }: { r: VerificationReport }) {
  if (!r.pending) return null;
  return (
    <Text size="sm" mt="xs">
      Not covered: {countOf(r.pending, 'committed event')} still waiting to be chained
      {r.oldestPendingAt ? ` (the oldest from ${formatDateTime(r.oldestPendingAt)})` : ''}. The
      sequencer chains them within seconds; verify again to cover them.
    </Text>
  );
}

/** "Verify now" and the recorded history (nightly, CLI and manual runs). */
export function VerificationPanel() {
  const verify = useVerifyNow();
  const history = useVerifications();
  return (
    <Stack>
      <div>
        <Button onClick={() => verify.mutate()} loading={verify.isPending}>
          Verify now
        </Button>
      </div>
      <ErrorNote error={verify.error} />
      {verify.data && <Result r={verify.data} />}
      {history.data ? (
        <Table striped aria-label="Verification history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Ran</Table.Th>
              <Table.Th>Trigger</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Events</Table.Th>
              <Table.Th>Head seq</Table.Th>
              <Table.Th>Head hash</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{formatDateTime(v.ranAt)}</Table.Td>
                <Table.Td>{v.trigger}</Table.Td>
                <Table.Td>
                  {v.intact && !v.tampering ? (
                    <Badge color="green">Intact</Badge>
                  ) : (
                    <Text c="red.9" fw={700} size="sm">
                      {v.intact
                        ? v.tampering
                        : `Broken at seq ${v.brokenAtSeq} (${v.reason ?? 'unknown'})`}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{v.count}</Table.Td>
                <Table.Td>{v.headSeq}</Table.Td>
                <Table.Td>
                  <Code>{v.headHash.slice(0, 16)}…</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <QueryState query={history} />
      )}
      {history.data && !history.data.length && <Text>No verification has run yet.</Text>}
    </Stack>
  );
}
