import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { QueryState } from '@/components/Loading';
import { countOf } from '@/lib/format';
import { useAuditLog, useDirectory, type AuditFilters } from '../api/audit';
import { EventTable } from './EventTable';

/** A local date-time input's value ("2026-01-31T12:00") as ISO-8601 in UTC, for the server. */
const toIso = (local: string) => (local ? new Date(local).toISOString() : undefined);
const orUndefined = (s: string) => s.trim() || undefined;

/** The filtered events, a page at a time. */
export function AuditEvents({ filters }: { filters: AuditFilters }) {
  const log = useAuditLog(filters);
  const directory = useDirectory();
  const names = new Map((directory.data ?? []).map((u) => [u.id, u.name]));
  if (!log.data) return <QueryState query={log} />;
  const events = log.data.pages.flatMap((p) => p.events);
  // The server counts matching events that are committed but not yet chained (so not listed).
  const pending = log.data.pages[log.data.pages.length - 1].pending;
  const one = pending === 1;
  return (
    <Stack>
      {pending > 0 && (
        <Alert role="status" title="Not yet in the chain">
          {countOf(pending, 'more matching event')} {one ? 'is' : 'are'} committed but not yet
          sequenced, so not listed here. {one ? 'It appears' : 'They appear'} within seconds.{' '}
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => void log.refetch()}
            loading={log.isRefetching}
          >
            Refresh
          </Button>
        </Alert>
      )}
      <EventTable events={events} names={names} />
      {log.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void log.fetchNextPage()}
          loading={log.isFetchingNextPage}
        >
          Load more events
        </Button>
      )}
    </Stack>
  );
}

/** Filters for actor (by name), action, subject, outcome and time range. */
export function AuditLog() {
  const directory = useDirectory();
  const [filters, setFilters] = useState<AuditFilters>({});
  const form = useForm({
    initialValues: {
      actorId: '',
      action: '',
      subjectType: '',
      subjectId: '',
      outcome: '',
      from: '',
      to: '',
    },
  });
  const actors = (directory.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Stack>
      <form
        aria-label="Filter the audit log"
        onSubmit={form.onSubmit((v) =>
          setFilters({
            actorId: orUndefined(v.actorId),
            action: orUndefined(v.action),
            subjectType: orUndefined(v.subjectType),
            subjectId: orUndefined(v.subjectId),
            outcome: (orUndefined(v.outcome) as AuditFilters['outcome']) ?? undefined,
            from: toIso(v.from),
            to: toIso(v.to),
          }),
        )}
      >
        <Group align="flex-end" wrap="wrap">
          <Select
            label="Actor"
            placeholder="Anyone"
            data={actors}
            searchable
            clearable
            {...form.getInputProps('actorId')}
          />
          <TextInput
            label="Action"
            placeholder="e.g. report.view"
            {...form.getInputProps('action')}
          />
          <TextInput
            label="Subject type"
            placeholder="e.g. report"
            {...form.getInputProps('subjectType')}
          />
          <TextInput label="Subject id" {...form.getInputProps('subjectId')} />
          <Select
            label="Outcome"
            placeholder="Any"
            data={['ALLOWED', 'DENIED', 'FAILED']}
            clearable
            {...form.getInputProps('outcome')}
          />
          <TextInput type="datetime-local" label="From" {...form.getInputProps('from')} />
          <TextInput type="datetime-local" label="To" {...form.getInputProps('to')} />
          <Button type="submit">Apply filters</Button>
        </Group>
      </form>
      <AuditEvents filters={filters} />
    </Stack>
  );
}
