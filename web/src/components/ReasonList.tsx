import { Alert, List, Text } from '@mantine/core';
import { ApiError } from '@/lib/api/client';

/**
 * A refusal whose message lists several reasons ("Head: first; second; …", as the server
 * words unmet release gates or CSV rows in error), shown one reason per line.
 */
export function ReasonList({ error, title }: { error: unknown; title: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const colon = message.indexOf(': ');
  const head = colon >= 0 ? message.slice(0, colon) : message;
  const reasons =
    colon >= 0
      ? message
          .slice(colon + 2)
          .split(/;\s+/)
          .filter(Boolean)
      : [];
  const status = error instanceof ApiError ? ` (${error.status})` : '';
  return (
    <Alert color="red" role="alert" title={`${title}${status}`}>
      {reasons.length > 1 ? (
        <>
          <Text>{head}:</Text>
          <List>
            {reasons.map((r, i) => (
              <List.Item key={i}>{r}</List.Item>
            ))}
          </List>
        </>
      ) : (
        message
      )}
    </Alert>
  );
}
