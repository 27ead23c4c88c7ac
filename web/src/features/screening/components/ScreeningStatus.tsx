import { Badge, Group, Loader, Text } from '@mantine/core';
import { useScreening } from '../api/screening';

/** Live screening status of one finding: scanning, or done with how many flags to review. */
export function ScreeningStatus({ findingId }: { findingId: string }) {
  const screening = useScreening(findingId);
  const s = screening.data;
  return (
    <Group gap="xs" role="status" aria-live="polite">
      <Text size="sm" component="span">
        Screening:
      </Text>
      {!s ? (
        <Loader size="xs" aria-label="Loading screening status" />
      ) : s.status === 'PENDING' ? (
        <Badge color="yellow" variant="light">
          Scanning for protected-class content…
        </Badge>
      ) : (
        <Badge color={s.flags.length ? 'orange' : 'green'} variant="light">
          Done: {s.flags.length} protected-class {s.flags.length === 1 ? 'flag' : 'flags'}
        </Badge>
      )}
    </Group>
  );
}
