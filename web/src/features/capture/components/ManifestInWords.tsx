import { Code, List, Stack, Text } from '@mantine/core';
import { formatDateTime } from '@/lib/format';
import type { Capture } from '../api/captures';

const FILE_WORDS: Record<string, string> = {
  screenshot: 'Full-page screenshot (PNG)',
  pdf: 'Printed page (PDF)',
  mhtml: 'Web archive (MHTML)',
};

/** The signed capture manifest, said in plain words; the signed bytes stay one click away. */
export function ManifestInWords({ capture }: { capture: Capture }) {
  const m = capture.manifest;
  if (!m) return null;
  return (
    <Stack gap={4}>
      <Text size="sm">
        On {formatDateTime(m.capturedAt)} (UTC {m.capturedAt}) the server's own browser, Chromium{' '}
        {m.browserVersion}, opened <Code>{m.requestedUrl}</Code> with {m.profile}.
      </Text>
      {m.redirects.length === 0 ? (
        <Text size="sm">It was not redirected.</Text>
      ) : (
        <>
          <Text size="sm">It was redirected {m.redirects.length} time(s):</Text>
          <List size="sm">
            {m.redirects.map((h, i) => (
              <List.Item key={i}>
                <Code>{h.url}</Code> answered {h.status}, sending it to <Code>{h.location}</Code>
              </List.Item>
            ))}
          </List>
        </>
      )}
      <Text size="sm">
        It ended at <Code>{m.finalUrl}</Code>, which answered HTTP {m.httpStatus} {m.statusText}
        {m.notPublicReason ? `: not public, because ${m.notPublicReason}.` : '.'}
      </Text>
      <Text size="sm">
        {m.tls
          ? `The connection was encrypted (${m.tls.protocol ?? 'TLS'}); the certificate names ${m.tls.subject ?? 'no subject'}, issued by ${m.tls.issuer ?? 'an unknown issuer'}, valid ${m.tls.validFrom ?? '?'} to ${m.tls.validTo ?? '?'}; SHA-256 fingerprint ${m.tls.sha256Fingerprint ?? 'not read'}.`
          : m.tlsNote}
      </Text>
      {m.blockedRequests.length > 0 && (
        <>
          <Text size="sm">
            {m.blockedRequests.length} request(s) the page tried to make were refused:
          </Text>
          <List size="sm">
            {m.blockedRequests.map((b, i) => (
              <List.Item key={i}>
                {b.resourceType} <Code>{b.url}</Code>: {b.reason}
              </List.Item>
            ))}
          </List>
        </>
      )}
      {capture.files.length > 0 && (
        <List size="sm">
          {capture.files.map((f) => (
            <List.Item key={f.kind}>
              {FILE_WORDS[f.kind]}, {f.size} bytes, SHA-256 <Code>{f.sha256}</Code>
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm">
        {capture.signatureValid
          ? `Signed with the deployment's Ed25519 key (fingerprint ${capture.signingKey?.fingerprint}); the signature checks out.`
          : 'The signature does NOT check out against the deployment key.'}
      </Text>
      <details>
        <summary>Response headers ({m.headers.length})</summary>
        <List size="xs">
          {m.headers.map((h, i) => (
            <List.Item key={i}>
              <Code>{h.name}</Code>: {h.value}
            </List.Item>
          ))}
        </List>
      </details>
      <details>
        <summary>The signed manifest, exactly as signed</summary>
        <Code block>{capture.manifestJson}</Code>
      </details>
    </Stack>
  );
}
