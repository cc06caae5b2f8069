import { Alert, Button, Card, Center, Checkbox, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiProblem } from '../../../lib/api/api-problem';
import { roleLabels, roles, saveSession, type Role, type Session } from '../../../lib/auth/session';
import { runtimeConfig } from '../../../lib/runtime-config';

/** `/sign-in` in development mode: pick a name and roles; the gateway mints the token. */
export function SignInPage() {
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: '/sign-in' });
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<Role[]>(['product_manager']);
  const signIn = useMutation({
    mutationFn: async () => {
      const response = await fetch('/auth/dev-token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: name.trim(), roles: chosen }),
      });
      if (!response.ok) throw await ApiProblem.fromResponse(response);
      return (await response.json()) as Session;
    },
    onSuccess: (session) => {
      saveSession(session);
      void navigate({
        to: redirect && redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/portfolio',
      });
    },
  });
  const problem = signIn.error instanceof ApiProblem ? signIn.error : undefined;
  const config = useQuery({ queryKey: ['runtime-config'], queryFn: runtimeConfig, staleTime: Infinity });
  if (config.data?.authMode === 'production') {
    return (
      <Center mih="80vh">
        <Card withBorder w={420} p="lg">
          <Title order={1} size="h2">
            Sign in
          </Title>
          <Text size="sm" mt="sm">
            This gateway runs in production mode: people sign in with the organisation&apos;s identity
            provider
            {config.data.oidc ? ` (${config.data.oidc.issuer})` : ''}. This version of the console does not
            have that sign-in yet; use a development gateway (AUTH_MODE=development) for now.
          </Text>
        </Card>
      </Center>
    );
  }
  return (
    <Center mih="80vh">
      <Card withBorder w={420} p="lg">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            signIn.mutate();
          }}
        >
          <Stack>
            <div>
              <Title order={1} size="h2">
                Sign in
              </Title>
              <Text size="sm" c="dimmed">
                Development mode: choose who you are and what you may do.
              </Text>
            </div>
            <TextInput
              label="Your name"
              placeholder="alice"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={problem?.fieldError('name')}
              autoFocus
            />
            <Checkbox.Group
              label="Roles"
              value={chosen}
              onChange={(value) => setChosen(value as Role[])}
              error={problem?.fieldError('roles')}
            >
              <Stack gap={6} mt={6}>
                {roles.map((role) => (
                  <Checkbox key={role} value={role} label={roleLabels[role]} />
                ))}
              </Stack>
            </Checkbox.Group>
            {problem && problem.errors.length === 0 && (
              <Alert color="red">{problem.detail ?? problem.title}</Alert>
            )}
            <Button type="submit" loading={signIn.isPending} disabled={!name.trim() || chosen.length === 0}>
              Sign in
            </Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
