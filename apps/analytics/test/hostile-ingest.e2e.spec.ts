import { randomUUID } from 'node:crypto';
import { request as httpRequest, type ClientRequest } from 'node:http';
import type { Pool } from 'pg';
import { PG_POOL } from '@product-ledger/service-kit';
import { httpClient, waitFor } from '@product-ledger/testing';
import { startAnalytics, type AnalyticsTestApp } from './analytics-test-app';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/**
 * An upload over a raw socket, so the test decides what arrives and when: `send` writes (respecting
 * backpressure), `answer` resolves when the service answers, however early. `sent` counts the bytes written.
 */
function openUpload(baseUrl: string, headers: Record<string, string>, contentType: string) {
  const url = new URL('/facts', baseUrl);
  let sent = 0;
  let answered = false;
  const request: ClientRequest = httpRequest(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': contentType, 'transfer-encoding': 'chunked' },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    request.on('response', (response) => {
      answered = true;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: text ? JSON.parse(text) : undefined,
        }),
      );
      response.on('error', reject);
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
  });
  answer.catch(() => undefined);
  const settled = answer.then(
    () => undefined,
    () => undefined,
  );
  return {
    answer,
    sent: () => sent,
    answered: () => answered,
    async send(data: string | Buffer): Promise<void> {
      sent += Buffer.byteLength(data);
      if (!request.write(data)) {
        // The service stops reading when it answers early: waiting for it to drain would be waiting forever.
        await Promise.race([
          settled,
          new Promise<void>((resolve) => {
            request.once('drain', resolve);
            request.once('close', resolve);
          }),
        ]);
      }
    },
    /** Sends `chunk` again and again until the service answers (or `maxBytes` went out). */
    async sendEndlessly(chunk: Buffer, maxBytes: number): Promise<void> {
      while (!answered && !request.destroyed && sent < maxBytes) await this.send(chunk);
    },
    end: () => request.end(),
    abort: () => request.destroy(),
  };
}

/** Peak resident memory of this process while `work` runs, above what it was before. */
async function peakGrowthMiB(work: () => Promise<void>): Promise<number> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return (peak - before) / 2 ** 20;
}

const factLine = (productId: string, externalId: string) =>
  `${productId},,nps,2026-01,30,score,hostile,${externalId}`;
const csvHeader = 'productId,version,metric,period,value,unit,source,externalId';
const jsonFact = (productId: string, externalId: string) =>
  JSON.stringify({
    productId,
    metric: 'nps',
    period: '2026-01',
    value: 30,
    unit: 'score',
    source: 'hostile',
    externalId,
  });

/** POST /facts against clients that send too much, too long records, or too slowly (real Postgres). */
describe('POST /facts with hostile clients', () => {
  let analytics: AnalyticsTestApp;
  let integration: Record<string, string>;
  let factCount: (productId: string) => Promise<number>;

  beforeAll(async () => {
    analytics = await startAnalytics();
    integration = await analytics.auth('integration');
    factCount = async (productId) =>
      (
        await analytics.db.pool.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM facts WHERE product_id = $1',
          [productId],
        )
      ).rows[0]!.n;
  });

  afterAll(async () => {
    await analytics?.stop();
  });

  const endless = Buffer.alloc(64 * 1024, 'a');

  it('refuses an endless JSON string with 413 after the record limit, without growing', async () => {
    const productId = randomUUID();
    const upload = openUpload(analytics.baseUrl, integration, 'application/json');
    const growth = await peakGrowthMiB(async () => {
      await upload.send(`[\n${jsonFact(productId, 'before')},\n{"productId": "`);
      await upload.sendEndlessly(endless, 512 * 2 ** 20);
      const answer = await upload.answer;
      expect(answer.status).toBe(413);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ line: 3, limitBytes: 64 * 1024 });
      expect(answer.body.detail).toMatch(/line 3 is longer than 65536 bytes/);
    });
    upload.abort();
    // Answered long before the 64 MB body limit: what went out is the record limit plus socket buffers.
    expect(upload.sent()).toBeLessThan(48 * 2 ** 20);
    expect(growth).toBeLessThan(40);
    expect(await factCount(productId)).toBe(0);
  });

  it('refuses an endless CSV quote with 413 after the record limit, without growing', async () => {
    const productId = randomUUID();
    const upload = openUpload(analytics.baseUrl, integration, 'text/csv');
    const growth = await peakGrowthMiB(async () => {
      await upload.send(
        `${csvHeader}\n${factLine(productId, 'before')}\n${productId},,nps,2026-01,30,score,"`,
      );
      await upload.sendEndlessly(endless, 512 * 2 ** 20);
      const answer = await upload.answer;
      expect(answer.status).toBe(413);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ line: 3, limitBytes: 64 * 1024 });
    });
    upload.abort();
    expect(upload.sent()).toBeLessThan(48 * 2 ** 20);
    expect(growth).toBeLessThan(40);
    expect(await factCount(productId)).toBe(0);
  });

  it('keeps answering health and portfolio queries while ten slow uploads hold their connections, and holds no pool connection for them', async () => {
    const pool = analytics.app.get<Pool>(PG_POOL);
    const productIds = Array.from({ length: 10 }, () => randomUUID());
    const uploads = productIds.map(() => openUpload(analytics.baseUrl, integration, 'text/csv'));
    try {
      await Promise.all(
        // A complete row, then the start of one that never ends.
        uploads.map((upload, i) =>
          upload.send(`${csvHeader}\n${factLine(productIds[i]!, 'slow-1')}\n${productIds[i]},,nps,20`),
        ),
      );
      await waitFor(async () => (await openConnections(analytics)) >= 10, {
        timeoutMs: 60_000,
        description: 'ten uploads connected',
      });
      const call = httpClient(analytics.baseUrl);
      const analyst = await analytics.auth('analyst');
      for (let round = 0; round < 3; round++) {
        expect((await call('GET', '/health/ready')).status).toBe(200);
        const portfolio = await call('GET', '/analytics/portfolio?limit=5', { headers: analyst });
        expect(portfolio.status).toBe(200);
        // Nothing of the pool belongs to the uploads while their bodies are still arriving.
        expect(pool.totalCount - pool.idleCount).toBe(0);
      }
      expect(uploads.every((upload) => !upload.answered())).toBe(true);
    } finally {
      for (const upload of uploads) upload.abort();
    }
    // A client gone mid-way: its complete rows were applied (the service logs up to which line).
    await waitFor(async () => (await Promise.all(productIds.map(factCount))).every((n) => n === 1), {
      timeoutMs: 60_000,
      description: 'the rows of the aborted uploads applied',
    });
  });
});

/** Limits set small, in an app of its own. */
describe('POST /facts limits from config', () => {
  let analytics: AnalyticsTestApp;
  let integration: Record<string, string>;

  beforeAll(async () => {
    analytics = await startAnalytics({ INGEST_MAX_BYTES: '16kb', INGEST_BODY_TIMEOUT_MS: '2000' });
    integration = await analytics.auth('integration');
  });

  afterAll(async () => {
    await analytics?.stop();
  });

  const facts = async (productId: string) =>
    (
      await analytics.db.pool.query<{ external_id: string }>(
        'SELECT external_id FROM facts WHERE product_id = $1 ORDER BY external_id',
        [productId],
      )
    ).rows.map((row) => row.external_id);

  it('takes a body just under INGEST_MAX_BYTES and refuses one just over with 413, writing nothing', async () => {
    const call = httpClient(analytics.baseUrl);
    const csvOf = (productId: string, bytes: number) => {
      let text = csvHeader;
      for (let i = 0; text.length < bytes - 200; i++) text += `\n${factLine(productId, `f-${i}`)}`;
      // Blank lines are skipped: they make the body exactly `bytes` long.
      return text.padEnd(bytes, '\n');
    };
    const under = randomUUID();
    const accepted = await call('POST', '/facts', {
      rawBody: csvOf(under, 16 * 1024),
      contentType: 'text/csv',
      headers: integration,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ rejected: [], chunks: 1 });
    expect(accepted.body.accepted).toBeGreaterThan(100);

    const over = randomUUID();
    const refused = await call('POST', '/facts', {
      rawBody: csvOf(over, 16 * 1024 + 1),
      contentType: 'text/csv',
      headers: integration,
    });
    expect(refused.status).toBe(413);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ limitBytes: 16 * 1024 });
    expect(await facts(over)).toEqual([]);
  });

  it('cuts off a body not complete within INGEST_BODY_TIMEOUT_MS with 408, keeping the rows that arrived', async () => {
    const productId = randomUUID();
    const upload = openUpload(analytics.baseUrl, integration, 'text/csv');
    // Three rows and the start of a fourth, then nothing: the service answers once its limit has passed, and
    // applies the complete rows only.
    const rows = ['a', 'b', 'c'].map((id) => factLine(productId, id));
    await upload.send([csvHeader, ...rows, `${productId},,nps,2026-01,3`].join('\n'));
    const answer = await upload.answer;
    upload.abort();
    expect(answer.status).toBe(408);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({
      status: 408,
      lastLine: 4,
      applied: { received: 3, accepted: 3, rejected: [], chunks: 1 },
    });
    expect(answer.body.detail).toMatch(/up to the one starting on line 4/);
    expect(await facts(productId)).toEqual(['a', 'b', 'c']);
  });
});

function openConnections(analytics: AnalyticsTestApp): Promise<number> {
  return new Promise((resolve, reject) =>
    analytics.app
      .getHttpServer()
      .getConnections((error: Error | null, count: number) => (error ? reject(error) : resolve(count))),
  );
}
