import { ButtonLink } from '../components/links';
import {
  ActionIcon,
  AppShell,
  Badge,
  Button,
  Group,
  Kbd,
  Menu,
  Text,
  UnstyledButton,
  useMantineColorScheme,
} from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { roleLabels, saveSession, type Session } from '../lib/auth/session';
import { LiveUpdates } from '../lib/live/live-updates';
import { CommandPalette } from './CommandPalette';

/** The frame around every signed-in page: navigation, the palette, who is signed in, live updates. */
export function AppLayout({ session }: { session: Session }) {
  const navigate = useNavigate();
  const { toggleColorScheme, colorScheme } = useMantineColorScheme();
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap">
            <Text
              component={Link}
              to="/portfolio"
              fw={700}
              size="lg"
              c="inherit"
              td="none"
              style={{ whiteSpace: 'nowrap' }}
            >
              Product Ledger
            </Text>
            <nav aria-label="Main">
              <Group gap="xs">
                <ButtonLink to="/portfolio" variant="subtle" size="compact-md">
                  Portfolio
                </ButtonLink>
                <ButtonLink to="/product-lines/new" variant="subtle" size="compact-md" visibleFrom="sm">
                  New product line
                </ButtonLink>
              </Group>
            </nav>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <UnstyledButton
              onClick={() => spotlight.open()}
              aria-label="Open the command palette (Ctrl K)"
              visibleFrom="sm"
            >
              <Group gap={4}>
                <Text size="sm" c="dimmed">
                  Jump to
                </Text>
                <Kbd size="xs">Ctrl</Kbd>
                <Kbd size="xs">K</Kbd>
              </Group>
            </UnstyledButton>
            <ActionIcon
              variant="default"
              onClick={toggleColorScheme}
              aria-label={colorScheme === 'dark' ? 'Light theme' : 'Dark theme'}
            >
              {colorScheme === 'dark' ? '☀' : '☾'}
            </ActionIcon>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" size="compact-md" aria-label={`Signed in as ${session.subject}`}>
                  {session.subject}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>Roles</Menu.Label>
                {session.roles.map((role) => (
                  <Menu.Item key={role} disabled>
                    <Badge variant="light">{roleLabels[role]}</Badge>
                  </Menu.Item>
                ))}
                <Menu.Divider />
                <Menu.Item
                  onClick={() => {
                    saveSession(undefined);
                    void navigate({ to: '/sign-in' });
                  }}
                >
                  Sign out
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <main>
          <Outlet />
        </main>
      </AppShell.Main>
      <CommandPalette />
      <LiveUpdates subject={session.subject} />
    </AppShell>
  );
}
