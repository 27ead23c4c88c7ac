import { Badge, Button, Group, Select, Table } from '@mantine/core';
import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { QueryState } from '@/components/Loading';
import { useAssign, useVettings } from '../api/vettings';
import type { VettingSummary } from '../api/types';

function AssignmentRow({
  vetting,
  searchers,
}: {
  vetting: VettingSummary;
  searchers: { value: string; label: string }[];
}) {
  const assign = useAssign();
  const [searcherId, setSearcherId] = useState<string | null>(vetting.searcherId);
  const name = vetting.candidate.fullName;
  return (
    <>
      <Table.Tr>
        <Table.Td>{name}</Table.Td>
        <Table.Td>
          <Badge variant="light">{vetting.status}</Badge>
        </Table.Td>
        <Table.Td>
          <Group gap="xs" align="flex-end">
            <Select
              aria-label={`Searcher for ${name}`}
              placeholder="Choose a searcher"
              data={searchers}
              value={searcherId}
              onChange={setSearcherId}
              w={260}
            />
            <Button
              size="sm"
              disabled={!searcherId}
              loading={assign.isPending}
              onClick={() => searcherId && assign.mutate({ id: vetting.id, searcherId })}
              aria-label={`Assign searcher to ${name}`}
            >
              Assign
            </Button>
          </Group>
        </Table.Td>
      </Table.Tr>
      {assign.error ? (
        <Table.Tr>
          <Table.Td colSpan={3}>
            <ErrorNote error={assign.error} title={`Assignment for ${name} refused`} />
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

/** Every candidate of the process with its searcher; refusals appear under the row. */
export function AssignmentsTable({
  processId,
  searchers,
}: {
  processId: string;
  searchers: { value: string; label: string }[];
}) {
  const vettings = useVettings();
  if (!vettings.data) return <QueryState query={vettings} />;
  const rows = vettings.data.filter((v) => v.processId === processId);
  if (rows.length === 0) return <p>No candidates yet.</p>;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Candidate</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Searcher</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((v) => (
          <AssignmentRow key={v.id} vetting={v} searchers={searchers} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
