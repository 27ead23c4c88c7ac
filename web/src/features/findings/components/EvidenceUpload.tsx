import { Alert, Button, Code, Group, Progress, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { useRef, useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { useUploadEvidence, type Evidence } from '../api/findings';

/** Drag and drop (or choose) an evidence file; shows progress and the stored file's SHA-256. */
export function EvidenceUpload({ findingId }: { findingId: string }) {
  const [progress, setProgress] = useState(0);
  const [stored, setStored] = useState<Evidence[]>([]);
  const upload = useUploadEvidence(findingId, setProgress);
  const openRef = useRef<() => void>(null);
  return (
    <Stack>
      <Dropzone
        onDrop={(files) => {
          setProgress(0);
          for (const file of files)
            upload.mutate(file, { onSuccess: (e) => setStored((s) => [...s, e]) });
        }}
        loading={upload.isPending}
        multiple={false}
        openRef={openRef}
        activateOnClick={false}
      >
        <Text ta="center" py="md">
          Drop the evidence file here (PNG, JPEG, PDF, HTML or MHTML)
        </Text>
      </Dropzone>
      <Group>
        <Button variant="default" onClick={() => openRef.current?.()}>
          Choose evidence file
        </Button>
      </Group>
      {(upload.isPending || progress > 0) && (
        <Progress value={progress * 100} aria-label="Upload progress" animated={upload.isPending} />
      )}
      <ErrorNote error={upload.error} title="Upload refused" />
      {stored.map((e) => (
        <Alert key={e.id} color="green" title="Evidence stored" role="status">
          {e.contentType}, {e.size} bytes. SHA-256: <Code>{e.sha256}</Code>
        </Alert>
      ))}
    </Stack>
  );
}
