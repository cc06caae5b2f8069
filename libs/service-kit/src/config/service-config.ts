import { z } from 'zod';

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
  AUTH_JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10),
  HEALTH_CHECK_TIMEOUT_MS: z.coerce.number().int().min(1).default(2_000),
});

export type ServiceConfig = z.infer<typeof serviceConfigSchema>;

/** The kit's schema plus a service's own variables. */
export function extendServiceConfig<Shape extends z.ZodRawShape>(shape: Shape) {
  return serviceConfigSchema.extend(shape);
}

/** Variables a deployment must set (no default). */
export const requiredServiceVariables = ['PORT', 'DATABASE_URL', 'KAFKA_BROKERS'] as const;
