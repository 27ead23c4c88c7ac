import { Button, FileButton, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { ReasonList } from '@/components/ReasonList';
import { useAddCandidate, useImportCandidates } from '../api/processes';

function AddCandidateForm({ processId }: { processId: string }) {
  const add = useAddCandidate(processId);
  const form = useForm({
    initialValues: { fullName: '', city: '', state: '', email: '', consentRecordedAt: '' },
  });
  return (
    <form
      aria-label="Add a candidate"
      onSubmit={form.onSubmit((v) =>
        add.mutate(
          {
            fullName: v.fullName,
            city: v.city || undefined,
            state: v.state || undefined,
            email: v.email || undefined,
            consentRecordedAt: v.consentRecordedAt
              ? new Date(v.consentRecordedAt).toISOString()
              : '',
          },
          { onSuccess: () => form.reset() },
        ),
      )}
    >
      <Stack>
        <Group grow>
          <TextInput label="Full name" required {...form.getInputProps('fullName')} />
          <TextInput label="City" {...form.getInputProps('city')} />
          <TextInput label="State" {...form.getInputProps('state')} />
        </Group>
        <Group grow>
          <TextInput label="Email" type="email" {...form.getInputProps('email')} />
          <TextInput
            label="Consent recorded at"
            description="When the candidate was told public content will be reviewed"
            type="datetime-local"
            required
            {...form.getInputProps('consentRecordedAt')}
          />
        </Group>
        <ErrorNote error={add.error} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            Add candidate
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ImportCandidatesForm({ processId }: { processId: string }) {
  const importer = useImportCandidates(processId);
  const [csv, setCsv] = useState('');
  const load = (file: File | null) => {
    if (file) void file.text().then(setCsv);
  };
  return (
    <Stack>
      <Text size="sm">
        A CSV file with the header <code>name,city,state,consentDate</code>. If any row is wrong,
        nothing is imported and the errors are listed by row.
      </Text>
      <Group>
        <FileButton onChange={load} accept=".csv,text/csv">
          {(props) => (
            <Button variant="default" {...props}>
              Choose CSV file
            </Button>
          )}
        </FileButton>
      </Group>
      <Textarea
        label="Candidates CSV"
        autosize
        minRows={4}
        value={csv}
        onChange={(e) => setCsv(e.currentTarget.value)}
        styles={{ input: { fontFamily: 'monospace' } }}
      />
      <ReasonList error={importer.error} title="Import refused" />
      {importer.isSuccess && <Text role="status">Candidates imported.</Text>}
      <Group>
        <Button
          onClick={() => importer.mutate(csv)}
          loading={importer.isPending}
          disabled={!csv.trim()}
        >
          Import candidates
        </Button>
      </Group>
    </Stack>
  );
}

export function CandidatesPanel({ processId }: { processId: string }) {
  return (
    <Stack gap="xl">
      <AddCandidateForm processId={processId} />
      <ImportCandidatesForm processId={processId} />
    </Stack>
  );
}
