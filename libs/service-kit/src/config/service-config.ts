import { z } from 'zod';
import { byteSize } from './byte-size';

/**
 * The environment every service reads at start. This schema is the single list of variables: the
 * Helm chart, docker-compose and their tests read it rather than keep a second list by hand.
 * A service may extend it with its own variables (see `extendServiceConfig`).
 */
export const serviceConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce
    .number({ error: 'a port number 1-65535' })
    .int()
    .min(1, 'a port number 1-65535')
    .max(65535, 'a port number 1-65535'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'a postgres:// URL' }),
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'comma-separated host:port list'),
  KAFKA_CLIENT_ID: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * `development` accepts tokens signed with the public built-in secret when no AUTH_JWT_SECRET or JWKS is
   * set; anything else (the default) needs real auth settings and refuses the development secret.
   */
  AUTH_MODE: z.enum(['development', 'production']).default('production'),
  AUTH_JWT_SECRET: z
    .string()
    .refine((secret) => Buffer.byteLength(secret, 'utf8') >= 32, 'at least 32 bytes')
    .optional(),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10),
  HEALTH_CHECK_TIMEOUT_MS: z.coerce.number().int().min(1).default(2_000),
  /** Largest JSON or form body (bytes, or `512kb`, `1mb`); a larger one gets 413 problem+json. */
  BODY_LIMIT: byteSize.default(1024 * 1024),
  /** Rate limit on writes (POST, PUT, PATCH, DELETE); default on, off in AUTH_MODE=development. */
  RATE_LIMIT_ENABLED: z.stringbool({ error: 'true or false' }).optional(),
  /** The window the limits below count in. */
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1).default(60_000),
  /** Writes one token subject may make per window, across all its clients. */
  RATE_LIMIT_WRITES_PER_SUBJECT: z.coerce.number().int().min(1).default(300),
  /** Writes one client IP may make per window, whoever it authenticates as. */
  RATE_LIMIT_WRITES_PER_IP: z.coerce.number().int().min(1).default(600),
  /**
   * Proxies in front of the service whose X-Forwarded-For is trusted for the client IP (Express
   * `trust proxy` hop count); 0 takes the socket's address.
   */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

/** Whether writes are rate limited: as configured, else on except in development auth mode. */
export function rateLimitEnabled(config: Pick<ServiceConfig, 'RATE_LIMIT_ENABLED' | 'AUTH_MODE'>): boolean {
  return config.RATE_LIMIT_ENABLED ?? config.AUTH_MODE !== 'development';
}

/** The kit's schema plus a service's own variables. */
export function extendServiceConfig<Shape extends z.ZodRawShape>(shape: Shape) {
  return serviceConfigSchema.extend(shape);
}

/** Variables a deployment must set (no default). */
export const requiredServiceVariables = ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS'] as const;
