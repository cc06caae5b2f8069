/** What the gateway tells the console at run time (`/config.json`). */
export interface RuntimeConfig {
  authMode: 'development' | 'production';
  oidc?: { issuer: string; clientId: string; audience?: string; scope: string };
  version: string;
}

let loaded: Promise<RuntimeConfig> | undefined;

export function runtimeConfig(): Promise<RuntimeConfig> {
  loaded ??= fetch('/config.json').then((response) => {
    if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
    return response.json() as Promise<RuntimeConfig>;
  });
  return loaded;
}
