import { Badge, Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorNote } from '@/components/ErrorNote';
import { ROLES, useUpdateUser, useUsers, type Role, type User } from '../api/users';
import { ResetMfaButton } from './ResetMfaButton';
import { SignInStatus } from './SignInStatus';
import { SsoIdentityForm } from './SsoIdentityForm';
import { TemporaryPasswordForm } from './TemporaryPasswordForm';

function UserRow({ user }: { user: User }) {
  const update = useUpdateUser();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [settingPassword, setSettingPassword] = useState(false);
  const [editingSso, setEditingSso] = useState(false);
  const changed = roles.slice().sort().join() !== user.roles.slice().sort().join();
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <Text fw={500}>{user.name}</Text>
          <Text size="sm">{user.email}</Text>
        </Table.Td>
        <Table.Td>
          <Checkbox.Group
            aria-label={`Roles of ${user.name}`}
            value={roles}
            onChange={(v) => setRoles(v)}
          >
            <Group gap="xs">
              {ROLES.map((r) => (
                <Checkbox key={r} value={r} label={r} size="xs" />
              ))}
            </Group>
          </Checkbox.Group>
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Badge miw="max-content" color={user.active ? 'green' : 'gray'}>
            {user.active ? 'Active' : 'Deactivated'}
          </Badge>
        </Table.Td>
        <Table.Td>
          <SignInStatus user={user} />
        </Table.Td>
        <Table.Td>
          <Group gap="xs">
            <Button
              size="xs"
              disabled={!changed}
              loading={update.isPending}
              onClick={() => update.mutate({ id: user.id, roles })}
              aria-label={`Save roles of ${user.name}`}
            >
              Save roles
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => update.mutate({ id: user.id, active: !user.active })}
              aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.name}`}
            >
              {user.active ? 'Deactivate' : 'Reactivate'}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => setSettingPassword((v) => !v)}
              aria-expanded={settingPassword}
              aria-label={`Set a temporary password for ${user.name}`}
            >
              Temporary password
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => setEditingSso((v) => !v)}
              aria-expanded={editingSso}
              aria-label={`Single sign-on identity of ${user.name}`}
            >
              Single sign-on
            </Button>
            <ResetMfaButton user={user} />
          </Group>
        </Table.Td>
      </Table.Tr>
      {settingPassword ? (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <TemporaryPasswordForm user={user} onDone={() => setSettingPassword(false)} />
          </Table.Td>
        </Table.Tr>
      ) : null}
      {editingSso ? (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <SsoIdentityForm user={user} onDone={() => setEditingSso(false)} />
          </Table.Td>
        </Table.Tr>
      ) : null}
      {update.error ? (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <ErrorNote error={update.error} />
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

export function UsersTable() {
  const users = useUsers();
  if (!users.data) return <ErrorNote error={users.error} />;
  return (
    <Table striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>User</Table.Th>
          <Table.Th>Roles</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Sign-in</Table.Th>
          <Table.Th>Actions</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {users.data.map((u) => (
          <UserRow key={u.id} user={u} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
