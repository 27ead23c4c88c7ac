import { Alert, Loader } from '@mantine/core';

/** One place for a query's loading and error states. */
export function QueryState({ query }: { query: { isPending: boolean; error: unknown } }) {
  if (query.error) {
    return (
      <Alert color="red" role="alert" title="Could not load">
        {query.error instanceof Error ? query.error.message : String(query.error)}
      </Alert>
    );
  }
  if (query.isPending) return <Loader aria-label="Loading" />;
  return null;
}
