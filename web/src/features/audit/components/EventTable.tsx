import { Anchor, Badge, Button, Code, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import type { AuditEvent } from '../api/audit';

const OUTCOME_COLOR = { ALLOWED: 'green', DENIED: 'red', FAILED: 'orange' } as const;

function Subject({ e }: { e: AuditEvent }) {
  if (e.subjectType === 'report' && e.subjectId) {
    return (
      <>
        report{' '}
        <Anchor component={Link} to={`/audit/reports/${e.subjectId}/views`}>
          {e.subjectId.slice(0, 8)}
        </Anchor>
      </>
    );
  }
  return (
    <>
      {e.subjectType}
      {e.subjectId ? ` ${e.subjectId.slice(0, 8)}` : ''}
    </>
  );
}

/** Audit events with actors by name; each row opens its details, hash and previous hash. */
export function EventTable({
  events,
  names,
}: {
  events: AuditEvent[];
  names: Map<string, string>;
}) {
  const [open, setOpen] = useState<number | null>(null);
  if (!events.length) return <Text>No event matches.</Text>;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Seq</Table.Th>
            <Table.Th>Time</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Subject</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => (
            <Fragment key={e.seq}>
              <Table.Tr>
                <Table.Td>{e.seq}</Table.Td>
                <Table.Td>{formatDateTime(e.occurredAt)}</Table.Td>
                <Table.Td>
                  {e.actorId ? (names.get(e.actorId) ?? e.actorId.slice(0, 8)) : 'system'}
                  {e.actorRoles.length ? ` (${e.actorRoles.join(', ')})` : ''}
                </Table.Td>
                <Table.Td>
                  <Code>{e.action}</Code>
                </Table.Td>
                <Table.Td>
                  <Subject e={e} />
                </Table.Td>
                <Table.Td>
                  <Badge color={OUTCOME_COLOR[e.outcome]}>{e.outcome}</Badge>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="default"
                    aria-expanded={open === e.seq}
                    aria-label={`Details of event ${e.seq}`}
                    onClick={() => setOpen(open === e.seq ? null : e.seq)}
                  >
                    {open === e.seq ? 'Hide' : 'Details'}
                  </Button>
                </Table.Td>
              </Table.Tr>
              {open === e.seq && (
                <Table.Tr>
                  <Table.Td colSpan={7}>
                    <Stack gap={4} aria-label={`Event ${e.seq}`} role="group">
                      <Text size="sm">
                        Subject: {e.subjectType} {e.subjectId ?? '—'} · request {e.requestId ?? '—'}{' '}
                        · client {e.clientIp ?? '—'}
                      </Text>
                      <Text size="sm">
                        Hash: <Code>{e.hash}</Code>
                      </Text>
                      <Text size="sm">
                        Previous hash: <Code>{e.prevHash}</Code>
                      </Text>
                      <Code block>{JSON.stringify(e.details, null, 2)}</Code>
                    </Stack>
                  </Table.Td>
                </Table.Tr>
              )}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
