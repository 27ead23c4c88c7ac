import { Button, Table, Text } from '@mantine/core';
import { ErrorNote } from '@/components/ErrorNote';
import { formatDateTime } from '@/lib/format';
import { useLockedAccounts, useUnlock, type LockedAccount } from '../api/users';

function LockedRow({ account }: { account: LockedAccount }) {
  const unlock = useUnlock();
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <Text fw={500}>{account.name}</Text>
          <Text size="sm">{account.email}</Text>
        </Table.Td>
        <Table.Td>{account.failedLoginCount}</Table.Td>
        <Table.Td>{formatDateTime(account.lockedUntil)}</Table.Td>
        <Table.Td>
          <Button
            size="xs"
            loading={unlock.isPending}
            onClick={() => unlock.mutate(account.id)}
            aria-label={`Unlock ${account.name}`}
          >
            Unlock
          </Button>
        </Table.Td>
      </Table.Tr>
      {unlock.error ? (
        <Table.Tr>
          <Table.Td colSpan={4}>
            <ErrorNote error={unlock.error} title="Unlock refused" />
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

/** Accounts locked by failed sign-ins; unlocking one lets its owner sign in again at once. */
export function LockedAccounts() {
  const locked = useLockedAccounts();
  if (!locked.data) return <ErrorNote error={locked.error} />;
  if (locked.data.length === 0) return <Text>No account is locked.</Text>;
  return (
    <Table striped aria-label="Locked accounts">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>User</Table.Th>
          <Table.Th>Failed sign-ins</Table.Th>
          <Table.Th>Locked until</Table.Th>
          <Table.Th>Action</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {locked.data.map((a) => (
          <LockedRow key={a.id} account={a} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
