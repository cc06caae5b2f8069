import { parseConfig, requiredServiceVariables, serviceConfigSchema } from '@product-ledger/service-kit';
import type { z } from 'zod';
// The deployment tests read each service's own config schema (not a second list kept by hand), so they
// look into the apps; no runtime code does this.
/* eslint-disable @nx/enforce-module-boundaries */
import * as analytics from '../../apps/analytics/src/index';
import * as catalogue from '../../apps/catalogue/src/index';
import { gatewayConfigSchema } from '../../apps/gateway/src/index';
import * as lifecycle from '../../apps/lifecycle/src/index';
import * as requests from '../../apps/requests/src/index';
/* eslint-enable @nx/enforce-module-boundaries */
import type { ServiceName } from './expected-services';

type ConfigSchema = z.ZodObject<z.ZodRawShape>;

// Each service's public face; "apps/<service>/src/index.ts" exports `<service>ConfigSchema` when the
// service reads variables beyond the kit's.
const publicFaces: Record<ServiceName, Record<string, unknown>> = {
  catalogue,
  lifecycle,
  requests,
  analytics,
};

/** The schema a service validates its environment with: its own, or the kit's when it adds nothing. */
export function configSchemaOf(service: ServiceName): ConfigSchema {
  return (publicFaces[service][`${service}ConfigSchema`] as ConfigSchema | undefined) ?? serviceConfigSchema;
}

/** Every variable a service's config schema knows. */
export function knownVariables(service: ServiceName): string[] {
  return Object.keys(configSchemaOf(service).shape);
}

/**
 * The variables a deployment must set, read from the schema itself: those that reject "unset"
 * (neither optional nor defaulted). A new required variable shows up here without editing any list.
 */
export function requiredVariables(service: ServiceName): string[] {
  const derived = Object.entries(configSchemaOf(service).shape)
    .filter(([, schema]) => !(schema as z.ZodType).safeParse(undefined).success)
    .map(([name]) => name);
  return [...new Set([...derived, ...requiredServiceVariables])];
}

/** Values a Secret could hold, to check a deployment's plain settings together with its Secret refs. */
const secretPlaceholders: Record<string, string> = {
  DATABASE_URL: 'postgres://product_ledger:secret@postgres.example:5432/product_ledger',
  AUTH_JWT_SECRET: 'x'.repeat(48),
  AUTH_JWKS_URL: 'https://id.example.com/.well-known/jwks.json',
  AUTH_ISSUER: 'https://id.example.com/',
  AUTH_AUDIENCE: 'product-ledger',
};

export function placeholderFor(variable: string): string {
  const value = secretPlaceholders[variable];
  if (value === undefined) throw new Error(`no placeholder for secret variable ${variable}: add one`);
  return value;
}

/** Runs the service's own config validation (its schema plus the kit's auth rules); returns the problem. */
export function configProblem(service: ServiceName, env: Record<string, string>): string | undefined {
  try {
    parseConfig(configSchemaOf(service), env);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export { gatewayConfigSchema };

/** The gateway's own config validation (it keeps no database, so it is not one of the four services). */
export function gatewayConfigProblem(env: Record<string, string>): string | undefined {
  try {
    parseConfig(gatewayConfigSchema, env);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
