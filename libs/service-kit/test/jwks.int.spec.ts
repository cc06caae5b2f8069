import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signDevToken } from '../src/auth/sign-dev-token';
import { TokenVerifier } from '../src/auth/token-verifier';

describe('TokenVerifier with a JWKS (production auth)', () => {
  let jwksServer: Server;
  let verifier: TokenVerifier;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const keys = await generateKeyPair('RS256');
    privateKey = keys.privateKey as CryptoKey;
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    // A stand-in identity provider publishing its public key.
    jwksServer = createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    verifier = new TokenVerifier({
      AUTH_JWKS_URL: `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/jwks.json`,
      AUTH_ISSUER: 'https://idp.example',
      AUTH_AUDIENCE: 'product-ledger',
    });
  });
  afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

  const idpToken = (audience: string) =>
    new SignJWT({ roles: ['analyst'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('ann')
      .setIssuer('https://idp.example')
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(privateKey);

  it('accepts a token the identity provider signed for this audience', async () => {
    await expect(verifier.verify(await idpToken('product-ledger'))).resolves.toEqual({
      subject: 'ann',
      roles: ['analyst'],
    });
  });

  it('rejects a token for another audience', async () => {
    await expect(verifier.verify(await idpToken('billing'))).rejects.toThrow(/aud/);
  });

  it('rejects an HS256 token, even one signed with the dev secret', async () => {
    const token = await signDevToken({
      sub: 'mallory',
      roles: ['admin'],
      issuer: 'https://idp.example',
      audience: 'product-ledger',
    });
    await expect(verifier.verify(token)).rejects.toThrow(/alg/);
  });
});
