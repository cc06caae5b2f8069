import type { GatewayConfig } from '../config';
import { gatewayVersion } from './gateway-version';

export interface RuntimeConfig {
  authMode: 'development' | 'production';
  /** Present in production mode: the OpenID provider the console signs in with (code flow + PKCE). */
  oidc?: { issuer: string; clientId: string; audience?: string; scope: string };
  version: string;
}

export function runtimeConfig(config: GatewayConfig): RuntimeConfig {
  const oidc =
    config.OIDC_ISSUER && config.OIDC_CLIENT_ID
      ? {
          issuer: config.OIDC_ISSUER,
          clientId: config.OIDC_CLIENT_ID,
          audience: config.OIDC_AUDIENCE,
          scope: config.OIDC_SCOPE,
        }
      : undefined;
  return { authMode: config.AUTH_MODE, ...(oidc ? { oidc } : {}), version: gatewayVersion() };
}
