import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { ReasonList } from '@/components/ReasonList';
import { formatDateTime } from '@/lib/format';
import { useSubmit } from '../api/vettings';
import type { VettingDetail } from '../api/types';

export function VettingProgress({ vetting }: { vetting: VettingDetail }) {
  const done = vetting.items.filter((i) => i.result).length;
  const total = vetting.items.length;
  return (
    <Stack gap={4}>
      <Text size="sm">
        {done} of {total} checklist items logged
      </Text>
      <Progress value={total ? (done / total) * 100 : 0} aria-label="Checklist progress" />
    </Stack>
  );
}

/** Submits the vetting; a refusal lists the unresolved items as the server names them. */
export function SubmitPanel({ vetting }: { vetting: VettingDetail }) {
  const submit = useSubmit(vetting.id);
  if (vetting.submittedAt) return <Text>Submitted {formatDateTime(vetting.submittedAt)}.</Text>;
  return (
    <Stack>
      <ReasonList error={submit.error} title="Submission refused" />
      <Group>
        <Button onClick={() => submit.mutate()} loading={submit.isPending}>
          Submit vetting
        </Button>
      </Group>
    </Stack>
  );
}
