import {
  AppShell,
  Burger,
  Button,
  Group,
  NavLink,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation } from 'react-router';
import { useSignOut } from '@/features/auth/api/session';
import { useSession } from '@/features/auth/hooks/useSession';
import { navSections } from '../nav';

/** One navigation for every user, with a section per role they hold. */
export function AppLayout() {
  const { session, hasRole } = useSession();
  const [opened, { toggle }] = useDisclosure();
  const location = useLocation();
  const signOut = useSignOut();
  const sections = navSections.filter((s) => hasRole(s.role));
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Text fw={700} component="span">
              cybervet
            </Text>
          </Group>
          <Group>
            <Text size="sm" component="span">
              {session.user.name} ({session.user.roles.join(', ')})
            </Text>
            <Button component={Link} to="/account/password" variant="default" size="xs">
              Change password
            </Button>
            <Button
              variant="default"
              size="xs"
              onClick={() => signOut.mutate()}
              loading={signOut.isPending}
            >
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        <ScrollArea>
          <Stack gap="md">
            {sections.map((section) => (
              <div key={section.role}>
                <Title order={2} size="xs" tt="uppercase" c="dark.6" px="sm" mb={4}>
                  {section.label}
                </Title>
                {section.links.map((link) => (
                  <NavLink
                    key={link.to}
                    component={Link}
                    to={link.to}
                    label={link.label}
                    active={
                      location.pathname === link.to || location.pathname.startsWith(`${link.to}/`)
                    }
                  />
                ))}
              </div>
            ))}
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
