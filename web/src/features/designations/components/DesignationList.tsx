import { Table, Text } from '@mantine/core';
import { QueryState } from '@/components/Loading';
import { formatDate, formatDateTime } from '@/lib/format';
import { useDesignations, type DesignationListItem } from '../api/designations';

function status(d: DesignationListItem) {
  if (d.revokedAt) return 'Revoked';
  if (d.daysUntilExpiry < 0) return 'Expired';
  if (!d.active) return 'Not active';
  return <Text fw={700}>Active</Text>;
}

/**
 * Designations as a table: the person, who designated them, acknowledgement, training, expiry
 * and any revocation with its reason. `expiringWithinDays` shows only those lapsing soon.
 */
export function DesignationList({
  expiringWithinDays,
  label,
}: {
  expiringWithinDays?: number;
  label: string;
}) {
  const list = useDesignations(expiringWithinDays);
  if (!list.data) return <QueryState query={list} />;
  if (!list.data.length)
    return (
      <Text c="dimmed">
        {expiringWithinDays === undefined
          ? 'No designations yet.'
          : `No designation expires within ${expiringWithinDays} days.`}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Searcher</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Designated by</Table.Th>
            <Table.Th>Acknowledged</Table.Th>
            <Table.Th>Training</Table.Th>
            <Table.Th>Expires</Table.Th>
            <Table.Th>Revoked</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>
                {d.userName}
                <Text size="xs" c="dimmed">
                  {d.userEmail}
                </Text>
              </Table.Td>
              <Table.Td>{status(d)}</Table.Td>
              <Table.Td>
                {d.designatedByName}, {formatDateTime(d.designatedAt)}
              </Table.Td>
              <Table.Td>{formatDateTime(d.acknowledgedAt)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(d.trainingCompletedOn)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(d.expiresOn)}
                {!d.revokedAt && d.daysUntilExpiry >= 0 && (
                  <Text size="xs" c="dimmed">
                    in {d.daysUntilExpiry} {d.daysUntilExpiry === 1 ? 'day' : 'days'}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {d.revokedAt
                  ? `${formatDateTime(d.revokedAt)} by ${d.revokedByName ?? '—'}: ${d.revokeReason ?? ''}`
                  : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
