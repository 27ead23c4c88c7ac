import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { formatDateTime, humanize } from '@/lib/format';
import type { Finding } from '../api/findings';
import { EvidenceView } from './EvidenceView';

/** The finding in full, for its validator: text, identity matches, evidence, earlier validations. */
export function FindingDetails({ finding }: { finding: Finding }) {
  return (
    <Stack>
      <Group>
        <Badge>{humanize(finding.category)}</Badge>
        <Text size="sm">
          {finding.platform}, captured {formatDateTime(finding.capturedAt)}, method{' '}
          {humanize(finding.method)}
        </Text>
      </Group>
      {finding.sourceUrl && (
        <Text size="sm">
          Source:{' '}
          <Anchor href={finding.sourceUrl} rel="noreferrer noopener" target="_blank">
            {finding.sourceUrl}
          </Anchor>
        </Text>
      )}
      <div>
        <Text fw={600}>Excerpt</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{finding.excerpt ?? '(purged)'}</Text>
      </div>
      <div>
        <Text fw={600}>Summary</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{finding.summary}</Text>
      </div>
      {finding.mitigation && (
        <div>
          <Text fw={600}>Mitigation</Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{finding.mitigation}</Text>
        </div>
      )}
      <div>
        <Text fw={600}>Identity matches</Text>
        <List>
          {finding.identityMatches.map((m, i) => (
            <List.Item key={i}>
              {humanize(m.type)}: {m.detail}
            </List.Item>
          ))}
        </List>
      </div>
      {finding.evidence.length === 0 ? (
        <Text>No evidence attached.</Text>
      ) : (
        finding.evidence.map((e, i) => <EvidenceView key={e.id} evidence={e} index={i} />)
      )}
      {finding.validations.length > 0 && (
        <div>
          <Text fw={600}>Validations so far</Text>
          <List>
            {finding.validations.map((v) => (
              <List.Item key={v.id}>
                {humanize(v.status)} on {formatDateTime(v.createdAt)}: {v.notes}
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
