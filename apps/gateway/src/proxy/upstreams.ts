import type { GatewayConfig } from '../config';

/** The services behind `/api/<name>/`, in the order the console lists them. */
export const upstreamNames = ['catalogue', 'lifecycle', 'requests', 'analytics'] as const;

export type UpstreamName = (typeof upstreamNames)[number];

export function upstreamUrls(config: GatewayConfig): Record<UpstreamName, string> {
  return {
    catalogue: config.CATALOGUE_URL,
    lifecycle: config.LIFECYCLE_URL,
    requests: config.REQUESTS_URL,
    analytics: config.ANALYTICS_URL,
  };
}

/** `/api/catalogue/products?x=1` -> `{ upstream: 'catalogue', path: '/products?x=1' }`; undefined for other paths. */
export function routeOf(url: string): { upstream: UpstreamName; path: string } | undefined {
  const match = /^\/api\/([a-z]+)(\/[^]*|\?[^]*)?$/.exec(url);
  if (!match) return undefined;
  const upstream = upstreamNames.find((name) => name === match[1]);
  if (!upstream) return undefined;
  const rest = match[2] ?? '/';
  return { upstream, path: rest.startsWith('?') ? `/${rest}` : rest };
}
