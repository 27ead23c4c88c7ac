import { Badge, Group, Text } from '@mantine/core';
import type { RecordsRequest } from '../api/records';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** The request's age against its deadline, as the server counts them. */
export function DeadlineBadge({ request }: { request: RecordsRequest }) {
  const left = request.daysUntilDeadline;
  let label = 'No deadline set';
  let color = 'gray';
  if (left !== null) {
    if (request.overdue) {
      label = `Overdue by ${days(-left)}`;
      color = 'red';
    } else if (request.status !== 'OPEN') {
      label = `Deadline ${left >= 0 ? `in ${days(left)}` : `${days(-left)} ago`}`;
    } else {
      label = left === 0 ? 'Due today' : `Due in ${days(left)}`;
      color = left <= 3 ? 'orange' : 'blue';
    }
  }
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">{days(request.ageDays)} old</Text>
      <Badge color={color} variant={color === 'red' ? 'filled' : 'light'}>
        {label}
      </Badge>
    </Group>
  );
}
