import { SignJWT } from 'jose';
import { DEV_JWT_SECRET } from './dev-jwt-secret';
import { signDevToken } from './sign-dev-token';
import { InvalidTokenError, TokenVerifier } from './token-verifier';

const devVerifier = new TokenVerifier({ AUTH_MODE: 'development' });

describe('TokenVerifier with the shared secret', () => {
  it('accepts a dev token and keeps only known roles', async () => {
    const token = await new SignJWT({ roles: ['gatekeeper', 'wizard'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('grace')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(DEV_JWT_SECRET));
    await expect(devVerifier.verify(token)).resolves.toEqual({ subject: 'grace', roles: ['gatekeeper'] });
  });

  it('uses AUTH_JWT_SECRET instead of the dev secret when given', async () => {
    const secret = 'a-production-secret-of-enough-length!!';
    const verifier = new TokenVerifier({ AUTH_JWT_SECRET: secret });
    await expect(verifier.verify(await signDevToken({ sub: 'a', roles: [] }))).rejects.toBeInstanceOf(
      InvalidTokenError,
    );
    await expect(verifier.verify(await signDevToken({ sub: 'a', roles: [], secret }))).resolves.toMatchObject(
      { subject: 'a' },
    );
  });

  it('rejects HS512 even with the right secret (algorithm allow-list)', async () => {
    const token = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS512' })
      .setSubject('x')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(DEV_JWT_SECRET));
    await expect(devVerifier.verify(token)).rejects.toThrow(/alg/);
  });

  it('checks issuer and audience when configured', async () => {
    const verifier = new TokenVerifier({
      AUTH_MODE: 'development',
      AUTH_ISSUER: 'https://idp',
      AUTH_AUDIENCE: 'product-ledger',
    });
    const right = await signDevToken({
      sub: 'a',
      roles: [],
      issuer: 'https://idp',
      audience: 'product-ledger',
    });
    const wrong = await signDevToken({ sub: 'a', roles: [], issuer: 'https://idp', audience: 'elsewhere' });
    await expect(verifier.verify(right)).resolves.toMatchObject({ subject: 'a' });
    await expect(verifier.verify(wrong)).rejects.toThrow(/aud/);
  });

  it('refuses to fall back to the development secret outside development mode', () => {
    expect(() => new TokenVerifier({})).toThrow(/AUTH_MODE/);
    expect(() => new TokenVerifier({ AUTH_MODE: 'production' })).toThrow(/AUTH_MODE/);
  });

  it('requires a subject', async () => {
    const token = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(DEV_JWT_SECRET));
    await expect(devVerifier.verify(token)).rejects.toThrow(/sub/);
  });
});
