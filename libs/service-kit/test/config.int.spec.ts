import { signDevToken } from '../src/auth/sign-dev-token';
import { collect, freePort, runFixture } from './support/run-fixture';
import { postgresServerUrl } from './support/test-app';

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('configuration at process start', () => {
  it('exits non-zero with one readable line for a bad value', async () => {
    const { exited } = collect(runFixture('load-config.fixture.ts', { KAFKA_BROKERS: 'localhost' }));
    const { code, stderr, stdout } = await exited;
    expect(code).toBe(78);
    expect(stdout).toBe('');
    expect(stderr).toBe('catalogue: invalid configuration: KAFKA_BROKERS: comma-separated host:port list\n');
  });

  it('names every bad variable on that one line', async () => {
    const { exited } = collect(runFixture('load-config.fixture.ts', { PORT: 'eighty', LOG_LEVEL: 'loud' }));
    const { code, stderr } = await exited;
    expect(code).toBe(78);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^catalogue: invalid configuration: PORT: .+; LOG_LEVEL: .+$/m);
  });

  it('refuses to start without auth settings unless AUTH_MODE=development', async () => {
    const { exited } = collect(runFixture('load-config.fixture.ts', {}));
    const { code, stderr, stdout } = await exited;
    expect({ code, stdout }).toEqual({ code: 78, stdout: '' });
    expect(stderr).toMatch(/^catalogue: invalid configuration: AUTH_JWT_SECRET: required \(or AUTH_JWKS_URL/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('starts with the service defaults and the development secret when AUTH_MODE=development', async () => {
    const { exited } = collect(runFixture('load-config.fixture.ts', { AUTH_MODE: 'development' }));
    const { code, stdout, stderr } = await exited;
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({
      port: 3001,
      database: 'postgres://postgres@127.0.0.1:5432/product_ledger_catalogue',
    });
  });

  it('a real service in production mode logs its auth mode once and takes only tokens signed with its secret', async () => {
    const port = await freePort();
    const secret = 'a-production-secret-that-is-long-enough';
    const child = runFixture('service.fixture.ts', {
      AUTH_MODE: 'production',
      AUTH_JWT_SECRET: secret,
      PORT: String(port),
      DATABASE_URL: postgresServerUrl,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS || '127.0.0.1:9092',
      LOG_LEVEL: 'info',
    });
    const { exited, output } = collect(child);
    try {
      // Both lines may reach the pipe in either order on a busy machine: wait for both.
      await waitUntil(
        () => output().includes('service-listening') && output().includes('"msg":"auth mode'),
        'the service to listen and say its auth mode',
      );
      const authLines = output()
        .split('\n')
        .filter((line) => line.includes('"msg":"auth mode'));
      expect(authLines).toHaveLength(1);
      expect(JSON.parse(authLines[0]!).msg).toBe('auth mode production: HS256 with AUTH_JWT_SECRET');
      const things = (token: string) =>
        fetch(`http://127.0.0.1:${port}/things`, { headers: { authorization: `Bearer ${token}` } });
      expect((await things(await signDevToken({ sub: 'mallory', roles: ['admin'] }))).status).toBe(401);
      expect((await things(await signDevToken({ sub: 'alice', roles: ['viewer'], secret }))).status).toBe(
        200,
      );
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  });
});
