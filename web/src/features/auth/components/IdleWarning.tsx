import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { useKeepAlive, type SessionState } from '../api/session';

/** How long before the lock the warning shows: two minutes, or half the idle time if shorter. */
export function warningSeconds(idleTimeoutSeconds: number): number {
  return Math.min(120, Math.floor(idleTimeoutSeconds / 2));
}

/**
 * A visible warning before the idle lock (CJIS). The server decides when the session locks;
 * this only counts down to the `idleExpiresAt` it reported and offers to extend it.
 */
export function IdleWarning({
  session,
  onExpired,
}: {
  session: SessionState;
  onExpired: () => void;
}) {
  const keepAlive = useKeepAlive();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const remaining = Math.ceil((new Date(session.idleExpiresAt).getTime() - now) / 1000);
  useEffect(() => {
    if (remaining <= 0) onExpired();
  }, [remaining, onExpired]);
  const open = remaining > 0 && remaining <= warningSeconds(session.idleTimeoutSeconds);
  const minutes = Math.floor(Math.max(remaining, 0) / 60);
  const seconds = String(Math.max(remaining, 0) % 60).padStart(2, '0');
  return (
    <Modal
      opened={open}
      onClose={() => keepAlive.mutate()}
      title="Your session is about to lock"
      closeButtonProps={{ 'aria-label': 'Stay signed in and close' }}
      centered
    >
      <Text role="timer" aria-live="polite">
        Because of inactivity, your session locks in {minutes}:{seconds}. Unsaved work on this page
        stays in the browser, but you will have to sign in again.
      </Text>
      <ErrorNote error={keepAlive.error} />
      <Group justify="flex-end" mt="md">
        <Button onClick={() => keepAlive.mutate()} loading={keepAlive.isPending}>
          Stay signed in
        </Button>
      </Group>
    </Modal>
  );
}
