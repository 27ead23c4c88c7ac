import { Button, Checkbox, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorNote } from '@/components/ErrorNote';
import { ROLES, useCreateUser, type Role } from '../api/users';

export function CreateUserForm() {
  const create = useCreateUser();
  const form = useForm({
    initialValues: { email: '', name: '', password: '', roles: [] as Role[] },
  });
  return (
    <form
      aria-label="Create a user"
      onSubmit={form.onSubmit((values) => create.mutate(values, { onSuccess: () => form.reset() }))}
    >
      <Stack>
        <Group grow>
          <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <PasswordInput
            label="Initial password"
            description="At least 12 characters"
            required
            {...form.getInputProps('password')}
          />
        </Group>
        <Checkbox.Group label="Roles" {...form.getInputProps('roles')}>
          <Group mt="xs">
            {ROLES.map((r) => (
              <Checkbox key={r} value={r} label={r} />
            ))}
          </Group>
        </Checkbox.Group>
        <ErrorNote error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Create user
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
