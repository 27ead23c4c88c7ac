import { Badge, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDateTime, humanize } from '@/lib/format';
import { reportPdfUrl, type PanelFinding, type PanelReport } from '../api/panel-reports';
import './report-print.css';

function Field({ label, value }: { label: string; value: string | null }) {
  return (
    <div>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{value ?? '(none)'}</Text>
    </div>
  );
}

function FindingCard({ finding, n }: { finding: PanelFinding; n: number }) {
  const f = finding;
  return (
    <Paper withBorder p="md" className="report-finding" component="article">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {`Finding ${n}: ${humanize(f.category)}`}
        </Title>
        <Group gap="xs">
          <Badge color="gray">{f.platform}</Badge>
          <Text size="sm">Captured on {f.capturedOn}</Text>
          <Badge color="green">
            {`${humanize(f.validation.status)}, ${f.validation.identityMatches} identity matches`}
          </Badge>
        </Group>
        <Field label="Summary" value={f.summary} />
        <Field label="Excerpt" value={f.excerpt} />
        <Field label="Mitigation" value={f.mitigation} />
        <Field
          label="Candidate response"
          value={
            f.candidateResponse
              ? `Received ${f.candidateResponse.receivedOn}: ${f.candidateResponse.text}`
              : null
          }
        />
      </Stack>
    </Paper>
  );
}

/**
 * The released report exactly as the server sent it (the panel DTO): nothing is added, and
 * nothing the panel may not see is ever in the response to begin with.
 */
export function ReportView({ report }: { report: PanelReport }) {
  const r = report;
  return (
    <Stack className="report-page">
      <Group justify="space-between" align="flex-start" className="report-actions">
        <Text c="dimmed">{r.process.title}</Text>
        <Group>
          <Button component="a" href={reportPdfUrl(r.id)} download variant="filled">
            Download PDF
          </Button>
          <Button variant="default" onClick={() => window.print()}>
            Print
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="md" component="section" aria-label="Report version">
        <Stack gap={4}>
          <Text>
            Checklist: {r.checklist.searched} of {r.checklist.items} items searched
          </Text>
          <Text>
            Version {r.version}, released {formatDateTime(r.releasedAt)}
          </Text>
          <Text>
            SHA-256: <Code className="report-hash">{r.sha256}</Code>
          </Text>
        </Stack>
      </Paper>
      <Title order={2} size="h3">
        {r.findings.length ? `Findings (${r.findings.length})` : 'Findings'}
      </Title>
      {r.findings.length ? (
        r.findings.map((f, i) => <FindingCard key={i} finding={f} n={i + 1} />)
      ) : (
        <Text>No findings are reported.</Text>
      )}
      <Text size="sm" className="report-footer">
        Confidential: hiring panel · report version {r.version} · SHA-256 {r.sha256}
      </Text>
    </Stack>
  );
}
