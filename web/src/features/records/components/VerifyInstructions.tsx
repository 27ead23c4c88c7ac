import { Code, List, Stack, Text } from '@mantine/core';
import { QueryState } from '@/components/Loading';
import { useSigningKey } from '../api/records';

/** How anyone checks a bundle offline, with the deployment's published signing key. */
export function VerifyInstructions() {
  const key = useSigningKey();
  return (
    <Stack gap="xs">
      <Text>
        Every bundle carries <Code>manifest.json</Code> (each file with its SHA-256) and{' '}
        <Code>manifest.sig</Code>, an Ed25519 signature of the manifest made with this
        deployment&apos;s key. To check a downloaded bundle without the database:
      </Text>
      <List type="ordered" spacing={4}>
        <List.Item>
          Save the public key below as <Code>published-key.pem</Code> (it is also served at{' '}
          <Code>GET /api/exports/signing-key</Code>).
        </List.Item>
        <List.Item>
          Compare the zip&apos;s SHA-256 (<Code>sha256sum bundle.zip</Code>) with the one shown
          beside the download.
        </List.Item>
        <List.Item>
          Run <Code>npm run cli -- export:verify bundle.zip --public-key published-key.pem</Code> in
          a cybervet checkout: it checks the zip&apos;s structure, every file against the manifest,
          and the signature, and exits with code 2 on any failure.
        </List.Item>
        <List.Item>
          Without cybervet: <Code>base64 -d manifest.sig &gt; manifest.sig.bin</Code>, then{' '}
          <Code>
            openssl pkeyutl -verify -pubin -inkey published-key.pem -rawin -in manifest.json
            -sigfile manifest.sig.bin
          </Code>
          .
        </List.Item>
      </List>
      {key.data ? (
        <>
          <Text size="sm">
            Key fingerprint (SHA-256): <Code>{key.data.fingerprint}</Code>
          </Text>
          <Code block aria-label="Export signing public key">
            {key.data.publicKey}
          </Code>
        </>
      ) : (
        <QueryState query={key} />
      )}
    </Stack>
  );
}
