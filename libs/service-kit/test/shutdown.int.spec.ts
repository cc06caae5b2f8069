import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import { SlowGate } from '@product-ledger/testing';
import { signDevToken } from '../src/auth/sign-dev-token';
import { shutdownGracefully } from '../src/bootstrap/shutdown-gracefully';
import { PG_POOL } from '../src/tokens';
import { collect, freePort, runFixture } from './support/run-fixture';
import { postgresServerUrl, startTestApp } from './support/test-app';

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('graceful shutdown', () => {
  it('stops accepting, finishes the in-flight request with the pool still open, then ends the pool', async () => {
    const running = await startTestApp();
    const gate = running.app.get(SlowGate);
    const pool = running.app.get<Pool>(PG_POOL);

    const inFlight = fetch(`${running.baseUrl}/slow`);
    await gate.entered;
    const stopped = shutdownGracefully(running.app);
    await waitUntil(() => !running.app.getHttpServer().listening, 'the server to stop listening');

    await expect(fetch(`${running.baseUrl}/public/ping`)).rejects.toThrow();
    expect(pool.ended).toBe(false);

    gate.open();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ answer: 42 });
    await stopped;
    expect(pool.ended).toBe(true);
  });

  it('a real service process drains on SIGTERM, exits 0, and logs a 500 with its stack', async () => {
    const port = await freePort();
    const child = runFixture('service.fixture.ts', {
      AUTH_MODE: 'development',
      PORT: String(port),
      DATABASE_URL: postgresServerUrl,
      KAFKA_BROKERS: process.env.KAFKA_BROKERS || '127.0.0.1:9092',
      LOG_LEVEL: 'info',
    });
    const { exited, output } = collect(child);
    try {
      await waitUntil(() => output().includes('service-listening'), 'the service to listen');
      const base = `http://127.0.0.1:${port}`;

      const bug = await fetch(`${base}/errors/bug`);
      expect(bug.status).toBe(500);
      expect(await bug.text()).not.toContain('hunter2');

      const token = await signDevToken({ sub: 'alice', roles: ['viewer'] });
      const ready = await fetch(`${base}/things`, { headers: { authorization: `Bearer ${token}` } });
      expect(ready.status).toBe(200);

      const inFlight = fetch(`${base}/slow`);
      await waitUntil(() => output().includes('slow-request-arrived'), 'the slow request to arrive');
      child.kill('SIGTERM');

      const response = await inFlight;
      expect(response.status).toBe(200);
      const { code, signal, stdout } = await exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });

      const logs = stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line));
      expect(logs.every((line) => line.service === 'kit-fixture')).toBe(true);
      const bugLog = logs.find((line) => line.err?.message?.includes('hunter2'));
      expect(bugLog).toMatchObject({
        level: 'error',
        err: { stack: expect.stringContaining('test.controller.ts') },
      });
      expect(logs.some((line) => line.req?.url === '/things' && line.res?.statusCode === 200)).toBe(true);
      expect(logs.some((line) => /SIGTERM received/.test(line.msg ?? ''))).toBe(true);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    }
  });

  it('gives up after SHUTDOWN_TIMEOUT_MS with exit code 1 when a request will not finish in time', async () => {
    const port = await freePort();
    const child = runFixture('service.fixture.ts', {
      AUTH_MODE: 'development',
      PORT: String(port),
      DATABASE_URL: postgresServerUrl,
      LOG_LEVEL: 'silent',
      SHUTDOWN_TIMEOUT_MS: '50',
    });
    const { exited, output } = collect(child);
    try {
      await waitUntil(() => output().includes('service-listening'), 'the service to listen');
      const inFlight = fetch(`http://127.0.0.1:${port}/slow`).then(
        () => 'answered',
        () => 'cut off',
      );
      await waitUntil(() => output().includes('slow-request-arrived'), 'the slow request to arrive');
      child.kill('SIGTERM');
      expect((await exited).code).toBe(1);
      expect(await inFlight).toBe('cut off');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    }
  });

  it('a service that cannot listen says why and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    try {
      const { port } = blocker.address() as AddressInfo;
      const { exited } = collect(
        runFixture('service.fixture.ts', {
          AUTH_MODE: 'development',
          PORT: String(port),
          DATABASE_URL: postgresServerUrl,
          LOG_LEVEL: 'error',
        }),
      );
      const { code, stdout } = await exited;
      expect(code).toBe(1);
      expect(stdout).toMatch(/"msg":"kit-fixture failed to start"/);
      expect(stdout).toContain('EADDRINUSE');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
