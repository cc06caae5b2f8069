import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROLES } from '../src/auth/roles';
import { TokenVerifier } from '../src/auth/token-verifier';

const run = promisify(execFile);
const script = path.resolve(__dirname, '../../../scripts/token.mjs');

describe('npm run token (scripts/token.mjs)', () => {
  it('prints a token the services accept, with the roles and subject asked for', async () => {
    const { stdout } = await run(process.execPath, [
      script,
      '--role',
      'product_manager',
      '--role',
      'admin',
      '--sub',
      'alice',
    ]);
    const actor = await new TokenVerifier({ AUTH_MODE: 'development' }).verify(stdout.trim());
    expect(actor).toEqual({ subject: 'alice', roles: ['product_manager', 'admin'] });
  });

  it('honours --ttl', async () => {
    const { stdout } = await run(process.execPath, [script, '--role', 'viewer', '--ttl', '2m']);
    const claims = JSON.parse(Buffer.from(stdout.trim().split('.')[1], 'base64url').toString());
    expect(claims.exp - claims.iat).toBe(120);
  });

  it('refuses an unknown role with usage help, and knows the same roles as the kit', async () => {
    await expect(run(process.execPath, [script, '--role', 'wizard'])).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown role wizard'),
    });
    const { stdout } = await run(process.execPath, [script, '--help']);
    expect(stdout).toContain(`roles: ${ROLES.join(', ')}`);
    expect(stdout).toMatch(/--sub +the token's subject/);
    expect(stdout).toContain('AUTH_MODE=development');
  });
});
