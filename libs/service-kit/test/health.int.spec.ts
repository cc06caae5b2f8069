import { ReadinessChecks } from '../src/health/readiness-checks';
import { RunningTestApp, startTestApp } from './support/test-app';

describe('health probes', () => {
  describe('with a reachable database and broker', () => {
    let running: RunningTestApp;
    beforeAll(async () => {
      running = await startTestApp();
    });
    afterAll(() => running.close());

    it('is live', async () => {
      const response = await fetch(`${running.baseUrl}/health/live`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    });

    it('is ready after a real query and a broker metadata call', async () => {
      const response = await fetch(`${running.baseUrl}/health/ready`);
      const body = await response.json();
      expect({ status: response.status, body }).toMatchObject({
        status: 200,
        body: { status: 'ok', info: { postgres: { status: 'up' }, kafka: { status: 'up' } } },
      });
    });

    it('runs the checks a service registers, and reports 503 when one fails', async () => {
      let relayRunning = false;
      running.app.get(ReadinessChecks).registerReadinessCheck('relay', () => {
        if (!relayRunning) throw new Error('relay has not taken the lock yet');
      });
      const notYet = await fetch(`${running.baseUrl}/health/ready`);
      expect(notYet.status).toBe(503);
      expect(await notYet.json()).toMatchObject({
        status: 'error',
        error: { relay: { status: 'down', message: 'relay has not taken the lock yet' } },
      });
      relayRunning = true;
      expect((await fetch(`${running.baseUrl}/health/ready`)).status).toBe(200);
    });
  });

  describe('with the database on a port where nothing listens', () => {
    let running: RunningTestApp;
    beforeAll(async () => {
      running = await startTestApp({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/postgres' });
    });
    afterAll(() => running.close());

    it('is still live but not ready', async () => {
      expect((await fetch(`${running.baseUrl}/health/live`)).status).toBe(200);
      const response = await fetch(`${running.baseUrl}/health/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: 'error',
        error: { postgres: { status: 'down', message: expect.stringMatching(/ECONNREFUSED/) } },
      });
    });
  });

  describe('with the broker on a port where nothing listens', () => {
    let running: RunningTestApp;
    beforeAll(async () => {
      running = await startTestApp({ KAFKA_BROKERS: '127.0.0.1:1', HEALTH_CHECK_TIMEOUT_MS: '5000' });
    });
    afterAll(() => running.close());

    it('is not ready, and says it is the broker', async () => {
      const response = await fetch(`${running.baseUrl}/health/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        error: { kafka: { status: 'down' } },
        info: { postgres: { status: 'up' } },
      });
    });
  });
});
