import { Anchor, Code, Image, Stack, Text } from '@mantine/core';
import { evidenceUrl, type Evidence } from '../api/findings';

const INLINE_IMAGES = ['image/png', 'image/jpeg'];

/** Images and PDFs display inline; HTML and MHTML are offered only as downloads (never rendered). */
export function EvidenceView({ evidence, index }: { evidence: Evidence; index: number }) {
  const url = evidenceUrl(evidence.id);
  const label = `Evidence ${index + 1}`;
  return (
    <Stack gap="xs">
      <Text fw={600}>
        {label} ({evidence.contentType}, {evidence.size} bytes)
      </Text>
      <Text size="sm">
        SHA-256: <Code>{evidence.sha256}</Code>
      </Text>
      {INLINE_IMAGES.includes(evidence.contentType) ? (
        <Image src={url} alt={`${label}: captured image`} maw={720} fit="contain" />
      ) : evidence.contentType === 'application/pdf' ? (
        <iframe
          src={url}
          title={`${label}: PDF`}
          style={{ width: '100%', height: 600, border: 0 }}
        />
      ) : (
        <Anchor href={url} download>
          Download {label} (not displayed: web pages are only downloaded)
        </Anchor>
      )}
    </Stack>
  );
}
