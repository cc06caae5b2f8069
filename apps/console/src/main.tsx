import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProblem } from './lib/api/api-problem';
import { ApiClientsProvider, createApiClients } from './lib/api/api-clients';
import { onSessionChange } from './lib/auth/session';
import { createAppRouter } from './router';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A 4xx will not change by asking again; a 502 or a dropped connection may.
      retry: (count, error) => count < 2 && !(error instanceof ApiProblem && error.status < 500),
    },
  },
});

const api = createApiClients();
const router = createAppRouter(queryClient, api);

// Signed out (or the token expired and a call got 401): back to the sign-in page, nothing cached kept.
onSessionChange((session) => {
  if (session) return;
  queryClient.clear();
  void router.navigate({ to: '/sign-in', search: { redirect: router.state.location.href } });
});

const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
});
// Mantine's dimmed grey is below WCAG AA contrast on white; a step darker passes.
const cssVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <ApiClientsProvider clients={api}>
          <RouterProvider router={router} />
        </ApiClientsProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
