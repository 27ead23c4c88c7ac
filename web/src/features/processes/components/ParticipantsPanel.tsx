import { Button, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { useAddPanelMember, useAddSearcher, useRemovePanelMember } from '../api/processes';

export interface PersonOption {
  value: string;
  label: string;
}

function AddPerson({
  label,
  button,
  people,
  mutation,
  onAdded,
}: {
  label: string;
  button: string;
  people: PersonOption[];
  mutation: ReturnType<typeof useAddSearcher>;
  onAdded: (p: PersonOption) => void;
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
          onClick={() =>
            userId &&
            mutation.mutate(userId, {
              onSuccess: () => onAdded(people.find((p) => p.value === userId)!),
            })
          }
        >
          {button}
        </Button>
      </Group>
      {/* A separation-of-duties refusal appears right here, with the server's reason. */}
      <ErrorNote error={mutation.error} />
    </Stack>
  );
}

/** Panel seats and the searcher pool (validators and filter reviewers), added this visit. */
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
  const [seated, setSeated] = useState<PersonOption[]>([]);
  const [pooled, setPooled] = useState<PersonOption[]>([]);
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
          onAdded={(p) => setSeated((s) => [...s.filter((x) => x.value !== p.value), p])}
        />
        <List mt="xs">
          {seated.map((p) => (
            <List.Item key={p.value}>
              <Group gap="xs">
                <Text component="span">Seated: {p.label}</Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() =>
                    unseat.mutate(p.value, {
                      onSuccess: () => setSeated((s) => s.filter((x) => x.value !== p.value)),
                    })
                  }
                >
                  Remove {p.label} from panel
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
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
          onAdded={(p) => setPooled((s) => [...s.filter((x) => x.value !== p.value), p])}
        />
        <List mt="xs">
          {pooled.map((p) => (
            <List.Item key={p.value}>In pool: {p.label}</List.Item>
          ))}
        </List>
      </div>
    </Stack>
  );
}
