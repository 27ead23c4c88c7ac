import { Alert } from '@mantine/core';
import { ApiError } from '@/lib/api/client';

/** The server's reason for a refusal, shown next to the control that caused it. */
export function ErrorNote({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const status = error instanceof ApiError ? error.status : undefined;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      title={title ?? (status ? `Refused (${status})` : 'Failed')}
    >
      {message}
    </Alert>
  );
}
