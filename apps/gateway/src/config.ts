import { Topics } from '@product-ledger/contracts';
import { extendServiceConfig, loadConfig } from '@product-ledger/service-kit';
import path from 'node:path';
import { z } from 'zod';

const serviceUrl = (port: number) =>
  z.url({ protocol: /^https?$/, error: 'an http(s):// URL' }).default(`http://127.0.0.1:${port}`);

/** The kit's variables plus the gateway's own (all with defaults). */
export const gatewayConfigSchema = extendServiceConfig({
  /** The gateway keeps no database; the kit's variable is accepted and ignored. */
  DATABASE_URL: z.string().default(''),
  CATALOGUE_URL: serviceUrl(3001),
  LIFECYCLE_URL: serviceUrl(3002),
  REQUESTS_URL: serviceUrl(3003),
  ANALYTICS_URL: serviceUrl(3004),
  /** A proxied call that has not answered in this time gets 504. */
  PROXY_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** The console's built files (index.html and hashed assets). */
  CONSOLE_DIR: z.string().min(1).default(path.resolve('dist/apps/console')),
  /** Topics whose events become live change notices (comma-separated). */
  LIVE_TOPICS: z
    .string()
    .regex(/^[A-Za-z0-9._-]+(,[A-Za-z0-9._-]+)*$/, 'comma-separated Kafka topic names')
    .default(
      [
        Topics.catalogueProductLine,
        Topics.catalogueProduct,
        Topics.lifecycle,
        Topics.requests,
        Topics.analyticsMetricsIngest,
      ].join(','),
    ),
  /** The live consumer's group is `<prefix>.live.<host>.<random>`: one group per instance. */
  KAFKA_GROUP_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, 'letters, digits, . _ -')
    .default('gateway'),
  /** Comment lines on idle event streams keep proxies and browsers from closing them. */
  LIVE_HEARTBEAT_MS: z.coerce.number().int().min(100).default(15_000),
  /** OpenID Connect settings the console reads from /config.json in production mode. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_SCOPE: z.string().min(1).default('openid profile'),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const gatewayPort = 3000;

/** Reads the environment (local defaults under it); a bad value exits with one clear line. */
export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  return loadConfig(
    gatewayConfigSchema,
    { PORT: String(gatewayPort), KAFKA_BROKERS: '127.0.0.1:9092', ...env },
    'gateway',
  );
}
