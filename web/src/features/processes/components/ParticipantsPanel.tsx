import { Button, Group, Select, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { useAddPanelMember, useAddSearcher, useRemovePanelMember } from '../api/processes';
import { PanelSeatsTable, SearcherWorkTable } from './ParticipantTables';

export interface PersonOption {
  value: string;
  label: string;
}

function AddPerson({
  label,
  button,
  people,
  mutation,
}: {
  label: string;
  button: string;
  people: PersonOption[];
  mutation: ReturnType<typeof useAddSearcher>;
}) {
  const [userId, setUserId] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <Select
          label={label}
          data={people}
          value={userId}
          onChange={setUserId}
          searchable
          w={320}
        />
        <Button
          disabled={!userId}
          loading={mutation.isPending}
          onClick={() => userId && mutation.mutate(userId)}
        >
          {button}
        </Button>
      </Group>
      {/* A separation-of-duties refusal appears right here, with the server's reason. */}
      <ErrorNote error={mutation.error} />
    </Stack>
  );
}

/** Panel seats (current and past) and the searcher pool, as the server records them. */
export function ParticipantsPanel({
  processId,
  panelCandidates,
  searchers,
}: {
  processId: string;
  panelCandidates: PersonOption[];
  searchers: PersonOption[];
}) {
  const seat = useAddPanelMember(processId);
  const unseat = useRemovePanelMember(processId);
  const pool = useAddSearcher(processId);
  return (
    <Stack gap="lg">
      <div>
        <Title order={3} size="h5">
          Panel seats
        </Title>
        <AddPerson
          label="Panel member"
          button="Seat on panel"
          people={panelCandidates}
          mutation={seat}
        />
        <PanelSeatsTable processId={processId} unseat={unseat} />
        <ErrorNote error={unseat.error} />
      </div>
      <div>
        <Title order={3} size="h5">
          Searcher pool
        </Title>
        <AddPerson
          label="Searcher for the pool"
          button="Add to searcher pool"
          people={searchers}
          mutation={pool}
        />
        <SearcherWorkTable processId={processId} />
      </div>
    </Stack>
  );
}
