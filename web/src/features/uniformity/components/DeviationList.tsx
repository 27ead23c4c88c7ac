import { Anchor, Badge, List, Text } from '@mantine/core';
import { humanize } from '@/lib/format';
import type { CandidateRow, Deviation } from '../api/uniformity';

/** Every deviation with its explanation, linked to the candidate's row. */
export function DeviationList({
  deviations,
  candidates,
}: {
  deviations: Deviation[];
  candidates: CandidateRow[];
}) {
  if (!deviations.length)
    return <Text>No deviations: every candidate was treated the same way.</Text>;
  const names = new Map(candidates.map((c) => [c.candidateId, c.candidateName]));
  return (
    <List spacing="sm" aria-label="Deviations">
      {deviations.map((d, i) => (
        <List.Item key={i}>
          <Badge color="orange" mr="xs">
            {humanize(d.kind)}
          </Badge>
          <Anchor href={`#candidate-${d.candidateId}`}>
            {names.get(d.candidateId) ?? d.candidateId}
          </Anchor>
          <Text size="sm">{d.explanation}</Text>
        </List.Item>
      ))}
    </List>
  );
}
