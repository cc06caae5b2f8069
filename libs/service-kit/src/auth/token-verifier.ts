import { createRemoteJWKSet, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { ServiceConfig } from '../config/service-config';
import { Actor } from './actor';
import { DEV_JWT_SECRET } from './dev-jwt-secret';
import { isRole } from './roles';

type AuthConfig = Partial<
  Pick<ServiceConfig, 'AUTH_MODE' | 'AUTH_JWT_SECRET' | 'AUTH_JWKS_URL' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>
>;

/** How a service verifies tokens, for the one line it logs at start. */
export function describeAuth(config: AuthConfig): string {
  const mode = config.AUTH_MODE ?? 'production';
  if (config.AUTH_JWKS_URL) return `auth mode ${mode}: JWKS ${config.AUTH_JWKS_URL}`;
  if (config.AUTH_JWT_SECRET) return `auth mode ${mode}: HS256 with AUTH_JWT_SECRET`;
  return `auth mode ${mode}: HS256 with the public development secret (npm run token)`;
}

// Explicit allow-lists: a token may not pick its own algorithm (`alg: none`, or HS256 signed with a
// public key when keys come from a JWKS).
const SHARED_SECRET_ALGORITHMS = ['HS256'];
const JWKS_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/** Verifies bearer tokens and turns their claims into an `Actor`. */
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(private readonly config: AuthConfig) {
    if (config.AUTH_JWKS_URL) {
      this.key = createRemoteJWKSet(new URL(config.AUTH_JWKS_URL));
      this.algorithms = JWKS_ALGORITHMS;
    } else {
      // Config validation already refused this; a verifier built by hand must not fall open either.
      if (!config.AUTH_JWT_SECRET && config.AUTH_MODE !== 'development') {
        throw new Error('no AUTH_JWT_SECRET or AUTH_JWKS_URL, and AUTH_MODE is not development');
      }
      this.key = new TextEncoder().encode(config.AUTH_JWT_SECRET ?? DEV_JWT_SECRET);
      this.algorithms = SHARED_SECRET_ALGORITHMS;
    }
  }

  async verify(token: string): Promise<Actor> {
    let payload: JWTPayload;
    try {
      const options = {
        algorithms: this.algorithms,
        issuer: this.config.AUTH_ISSUER,
        audience: this.config.AUTH_AUDIENCE,
        requiredClaims: ['exp', 'sub'],
      };
      // jose's overloads differ only in the key type; pick the branch so each call type-checks.
      ({ payload } =
        this.key instanceof Uint8Array
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options));
    } catch (error) {
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
    const roles = Array.isArray(payload['roles']) ? payload['roles'].filter(isRole) : [];
    return { subject: payload.sub as string, roles };
  }
}
