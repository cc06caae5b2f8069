#!/usr/bin/env node
// `npm run bench:console [-- --url http://127.0.0.1:3000] [--seed 10000]` against a running `npm start`:
//   - initial JavaScript of the console, gzipped (target <= 300 kB)
//   - time from navigation to the first portfolio rows in Chromium, median of 5 loads (target <= 1.5 s)
//   - a portfolio page through the gateway vs straight from analytics, p50 of the same run (target <= 1.15x)
// --seed N first registers bench products through the gateway until the portfolio holds N of them
// (codes BENCH-00001..., in a line of their own; a second run adds only what is missing).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    analytics: { type: 'string', default: 'http://127.0.0.1:3004' },
    seed: { type: 'string', default: '0' },
    calls: { type: 'string', default: '200' },
  },
});
const base = values.url.replace(/\/$/, '');

async function token(roles) {
  const response = await fetch(`${base}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'bench', roles }),
  });
  if (!response.ok)
    throw new Error(`dev sign-in at ${base} answered ${response.status}: is npm start running?`);
  return (await response.json()).token;
}

function initialJavaScriptKb() {
  const dist = path.join(root, 'dist/apps/console');
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce(
    (sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length,
    0,
  );
  return bytes / 1024;
}

async function seed(count, auth) {
  const headers = { authorization: `Bearer ${auth}`, 'content-type': 'application/json' };
  const lines = await (await fetch(`${base}/api/catalogue/product-lines?limit=200`, { headers })).json();
  let line = lines.items.find((l) => l.name === 'Bench');
  line ??= await (
    await fetch(`${base}/api/catalogue/product-lines`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Bench', description: 'Products made by bench/console' }),
    })
  ).json();
  let next = 1;
  let made = 0;
  const worker = async () => {
    for (;;) {
      const n = next++;
      if (n > count) return;
      const code = `BENCH-${String(n).padStart(5, '0')}`;
      const response = await fetch(`${base}/api/catalogue/products`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': `bench-console-${code}` },
        body: JSON.stringify({
          code,
          name: `Bench product ${n}`,
          description: '',
          productLineId: line.productLineId,
          kind: 'software',
          market: 'b2b',
          ownerId: 'bench',
        }),
      });
      if (response.status !== 201 && response.status !== 200 && response.status !== 409)
        throw new Error(`register ${code}: ${response.status} ${await response.text()}`);
      if (++made % 250 === 0) process.stdout.write(`\rseeded ${made}/${count}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  process.stdout.write(`\rseeded ${made}/${count}\n`);
}

async function firstRowsMs(auth) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  try {
    const times = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext();
      await context.addInitScript(
        (session) => sessionStorage.setItem('product-ledger.session', session),
        JSON.stringify({
          token: auth,
          subject: 'bench',
          roles: ['analyst'],
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        }),
      );
      const page = await context.newPage();
      const start = Date.now();
      await page.goto(`${base}/portfolio`);
      await page
        .getByRole('table', { name: 'Portfolio' })
        .locator('tbody tr a')
        .first()
        .waitFor({ timeout: 30_000 });
      times.push(Date.now() - start);
      await context.close();
    }
    return median(times);
  } finally {
    await browser.close();
  }
}

/** p50 of each URL, calls interleaved so both see the same machine (other work on it drifts). */
async function interleavedP50(urls, auth, calls) {
  const times = urls.map(() => []);
  for (let i = 0; i < calls; i++) {
    for (const [index, url] of urls.entries()) {
      const start = process.hrtime.bigint();
      const response = await fetch(url, { headers: { authorization: `Bearer ${auth}` } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      times[index].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return times.map(median);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const auth = await token(['admin', 'product_manager', 'analyst']);
if (Number(values.seed) > 0) await seed(Number(values.seed), auth);
const js = initialJavaScriptKb();
const firstRows = await firstRowsMs(auth);
const calls = Number(values.calls);
const query = '/analytics/portfolio?limit=100';
const urls = [`${base}/api/analytics${query}`, `${values.analytics}${query}`];
await interleavedP50(urls, auth, 10);
const [viaGateway, direct] = await interleavedP50(urls, auth, calls);
const rows = [
  ['initial JavaScript (gzip)', `${js.toFixed(1)} kB`, '<= 300 kB', js <= 300],
  ['first portfolio rows (median of 5)', `${firstRows} ms`, '<= 1500 ms', firstRows <= 1500],
  [
    'portfolio p50 via gateway / direct',
    `${viaGateway.toFixed(1)} / ${direct.toFixed(1)} ms = ${(viaGateway / direct).toFixed(2)}x`,
    '<= 1.15x',
    viaGateway / direct <= 1.15,
  ],
];
for (const [measure, value, target, met] of rows)
  process.stdout.write(
    `${measure.padEnd(38)} ${value.padEnd(34)} ${target.padEnd(12)} ${met ? 'met' : 'MISSED'}\n`,
  );
