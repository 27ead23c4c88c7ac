import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { AuditEvents } from './AuditLog';

/** Every view of one report version (JSON, list or PDF), with the viewer and the time. */
export function ReportViewers({ reportId }: { reportId: string }) {
  const navigate = useNavigate();
  const [id, setId] = useState(reportId);
  return (
    <Stack>
      <form
        aria-label="Choose a report"
        onSubmit={(e) => {
          e.preventDefault();
          void navigate(`/audit/reports/${encodeURIComponent(id.trim())}/views`);
        }}
      >
        <Group align="flex-end">
          <TextInput
            label="Report id"
            value={id}
            onChange={(e) => setId(e.currentTarget.value)}
            w={380}
          />
          <Button type="submit" variant="default">
            Show viewers
          </Button>
        </Group>
      </form>
      <Text>Every recorded view of report {reportId}, oldest first:</Text>
      <AuditEvents
        key={reportId}
        filters={{ action: 'report.view', subjectType: 'report', subjectId: reportId }}
      />
    </Stack>
  );
}
