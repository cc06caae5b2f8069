import { z } from 'zod';
import { DEV_JWT_SECRET } from '../auth/dev-jwt-secret';
import { serviceConfigSchema } from './service-config';
import { serviceDefaults } from './service-defaults';

type Env = Record<string, string | undefined>;

/** Exit code for a configuration error (EX_CONFIG in sysexits.h). */
const EX_CONFIG = 78;

export class InvalidConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'InvalidConfigError';
  }
}

/** Parses the environment with `schema`; throws `InvalidConfigError` listing every bad variable. */
export function parseConfig<Schema extends z.ZodType>(
  schema: Schema,
  env: Env = process.env,
): z.infer<Schema> {
  const result = schema.safeParse(withoutBlanks(env));
  if (!result.success) {
    throw new InvalidConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${describe(issue, env)}`),
    );
  }
  const authProblem = authSettingsProblem(result.data as Record<string, unknown>);
  if (authProblem) throw new InvalidConfigError([authProblem]);
  return result.data;
}

/**
 * Parses the environment at start. A bad or missing value prints one line to stderr and ends the
 * process: a service that starts with half a config fails later, far from the cause.
 */
export function loadConfig<Schema extends z.ZodType>(
  schema: Schema,
  env: Env = process.env,
  serviceName = 'service',
): z.infer<Schema> {
  try {
    return parseConfig(schema, env);
  } catch (error) {
    if (!(error instanceof InvalidConfigError)) throw error;
    process.stderr.write(`${serviceName}: invalid configuration: ${error.message}\n`);
    process.exit(EX_CONFIG);
  }
}

/** `loadConfig` with the service's local defaults under the environment. */
export function loadServiceConfig<Schema extends z.ZodType = typeof serviceConfigSchema>(
  serviceName: string,
  port: number,
  schema?: Schema,
  env: Env = process.env,
): z.infer<Schema> {
  return loadConfig(
    (schema ?? serviceConfigSchema) as Schema,
    { ...serviceDefaults(serviceName, port), ...withoutBlanks(env) },
    serviceName,
  );
}

// `FOO=` in a shell or a compose file means "not set", not "set to nothing".
function withoutBlanks(env: Env): Env {
  return Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
}

function describe(issue: z.core.$ZodIssue, env: Env): string {
  const name = issue.path.join('.');
  if (issue.code === 'invalid_type' && env[name] === undefined) return 'required';
  return issue.message;
}

function authSettingsProblem(config: Record<string, unknown>): string | undefined {
  const jwks = Boolean(config['AUTH_JWKS_URL']);
  const secret = config['AUTH_JWT_SECRET'];
  if (jwks && !(config['AUTH_ISSUER'] && config['AUTH_AUDIENCE'])) {
    return 'AUTH_JWKS_URL: needs AUTH_ISSUER and AUTH_AUDIENCE';
  }
  if (config['AUTH_MODE'] === 'development') return undefined;
  if (!jwks && !secret) {
    return (
      'AUTH_JWT_SECRET: required (or AUTH_JWKS_URL with AUTH_ISSUER and AUTH_AUDIENCE); ' +
      'AUTH_MODE=development runs with the built-in development secret'
    );
  }
  if (secret === DEV_JWT_SECRET) {
    return 'AUTH_JWT_SECRET: the development secret is public and refused outside AUTH_MODE=development';
  }
  return undefined;
}
