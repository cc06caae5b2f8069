import { SignJWT } from 'jose';
import { DEV_JWT_SECRET } from './dev-jwt-secret';
import { Role } from './roles';

export interface DevTokenOptions {
  sub: string;
  roles: Role[];
  /** A jose time span ('1h', '30m') or seconds; default one hour. */
  expiresIn?: string | number;
  secret?: string;
  issuer?: string;
  audience?: string;
}

/** An HS256 token as the services accept in development and tests. */
export async function signDevToken(options: DevTokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresIn ?? '1h';
  let jwt = new SignJWT({ roles: options.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.sub)
    .setIssuedAt(now)
    .setExpirationTime(typeof expiresIn === 'number' ? now + expiresIn : expiresIn);
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret ?? DEV_JWT_SECRET));
}
