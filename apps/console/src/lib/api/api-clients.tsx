import { createContext, useContext, type ReactNode } from 'react';
import { AnalyticsClient } from './analytics-client';
import { CatalogueClient } from './catalogue-client';
import { LifecycleClient } from './lifecycle-client';

/** The console's API clients, one per service; tests of components may provide others. */
export interface ApiClients {
  catalogue: CatalogueClient;
  analytics: AnalyticsClient;
  lifecycle: LifecycleClient;
}

export function createApiClients(): ApiClients {
  return {
    catalogue: new CatalogueClient(),
    analytics: new AnalyticsClient(),
    lifecycle: new LifecycleClient(),
  };
}

const ApiClientsContext = createContext<ApiClients | undefined>(undefined);

export function ApiClientsProvider({ clients, children }: { clients: ApiClients; children: ReactNode }) {
  return <ApiClientsContext.Provider value={clients}>{children}</ApiClientsContext.Provider>;
}

export function useApi(): ApiClients {
  const clients = useContext(ApiClientsContext);
  if (!clients) throw new Error('useApi outside ApiClientsProvider');
  return clients;
}
