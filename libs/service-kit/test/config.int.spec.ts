import { collect, runFixture } from './support/run-fixture';

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
});
