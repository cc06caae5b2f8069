import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEV_JWT_SECRET } from '@product-ledger/service-kit';
import { buildPlatform } from './build-platform';

const services = ['catalogue', 'lifecycle', 'requests', 'analytics'] as const;

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a built service's main.js with exactly this environment (nothing inherited but PATH). */
function runService(distDir: string, service: string, env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(distDir, 'apps', service, 'src', 'main.js')], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // A service that does not refuse would start and run: that is a failure too, not a hang.
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Each service as it is deployed, started without safe auth settings: it must not start at all. */
describe('services fail closed on auth settings', () => {
  let distDir: string;

  beforeAll(() => {
    distDir = buildPlatform();
  });

  afterAll(() => {
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  describe.each(services)('%s', (service) => {
    it('exits 78 with one line on stderr when started with no auth settings', async () => {
      const { code, stdout, stderr } = await runService(distDir, service, {});
      expect({ code, stdout }).toEqual({ code: 78, stdout: '' });
      expect(stderr.trimEnd().split('\n')).toEqual([
        `${service}: invalid configuration: AUTH_JWT_SECRET: required (or AUTH_JWKS_URL with AUTH_ISSUER and AUTH_AUDIENCE); AUTH_MODE=development runs with the built-in development secret`,
      ]);
    });

    it('exits 78 in AUTH_MODE=production with the public development secret', async () => {
      const { code, stderr } = await runService(distDir, service, {
        AUTH_MODE: 'production',
        AUTH_JWT_SECRET: DEV_JWT_SECRET,
      });
      expect(code).toBe(78);
      expect(stderr).toBe(
        `${service}: invalid configuration: AUTH_JWT_SECRET: the development secret is public and refused outside AUTH_MODE=development\n`,
      );
    });

    it('exits 78 with a secret shorter than 32 bytes, whatever the mode', async () => {
      for (const mode of ['production', 'development']) {
        const { code, stderr } = await runService(distDir, service, {
          AUTH_MODE: mode,
          AUTH_JWT_SECRET: 'x'.repeat(31),
        });
        expect({ mode, code, stderr }).toEqual({
          mode,
          code: 78,
          stderr: `${service}: invalid configuration: AUTH_JWT_SECRET: at least 32 bytes\n`,
        });
      }
    });
  });
});
