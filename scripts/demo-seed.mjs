#!/usr/bin/env node
// `npm run demo:seed`: a demo portfolio for a running `npm start`, loaded through the public APIs behind
// the gateway only (as the console would). Idempotent: what exists already (a line by name, a product by
// code, a version, a request by title, a fact by source and id) is left alone, so a second run adds nothing.
//   npm run demo:seed [-- --url http://127.0.0.1:3000]
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { url: { type: 'string', default: process.env.CONSOLE_URL ?? 'http://127.0.0.1:3000' } },
});
const base = values.url.replace(/\/$/, '');

const lines = [
  { name: 'Collaboration', description: 'Tools that help teams work together' },
  { name: 'Payments', description: 'Everything that takes money' },
  { name: 'Analytics', description: 'Insight from the data our customers already have' },
  { name: 'Devices', description: 'Hardware we ship and support' },
];
const stages = [
  'innovation',
  'analysis',
  'development',
  'go_to_market',
  'in_life',
  'in_life',
  'in_life',
  'end_of_life',
];
const owners = ['alice', 'bob', 'carol', 'dmitri'];
const words = [
  'Atlas',
  'Beacon',
  'Cobalt',
  'Delta',
  'Ember',
  'Fjord',
  'Granite',
  'Harbor',
  'Iris',
  'Juniper',
  'Kestrel',
  'Lumen',
];
const products = lines.flatMap((line, l) =>
  Array.from({ length: 9 }, (_, i) => {
    const n = l * 9 + i;
    return {
      code: `${line.name.slice(0, 3).toUpperCase()}-${String(i + 1).padStart(2, '0')}`,
      name: `${words[(n * 5) % words.length]} ${line.name === 'Devices' ? 'Hub' : ['Suite', 'Cloud', 'Pro'][i % 3]}`,
      line: line.name,
      kind: line.name === 'Devices' ? 'physical' : i % 4 === 3 ? 'service' : 'software',
      market: i % 5 === 4 ? 'b2c' : 'b2b',
      ownerId: owners[n % owners.length],
      initialStage: stages[n % stages.length],
      seed: n,
    };
  }),
);
const accounts = [
  { accountId: 'acct-1001', name: 'Northwind Traders', revenue: 2_400_000 },
  { accountId: 'acct-1002', name: 'Contoso Retail', revenue: 8_900_000 },
  { accountId: 'acct-1003', name: 'Fabrikam Health', revenue: 1_150_000 },
  { accountId: 'acct-1004', name: 'Globex Logistics', revenue: 15_600_000 },
];

function progress(done, total, what) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(
    `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(done).padStart(3)}/${total} ${what.padEnd(40)}`,
  );
}

async function signIn() {
  const response = await fetch(`${base}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'demo-seed',
      roles: ['admin', 'product_manager', 'sales', 'analyst', 'integration'],
    }),
  }).catch((error) => {
    throw new Error(
      `no gateway answers at ${base} (${error.cause?.code ?? error.message}): start the platform with npm start`,
    );
  });
  if (response.status === 404)
    throw new Error(`${base} is not in development auth mode: demo:seed signs in with a dev token`);
  if (!response.ok) throw new Error(`dev sign-in answered ${response.status}`);
  return (await response.json()).token;
}

async function main() {
  const token = await signIn();
  async function call(method, path, body, headers = {}) {
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(`${base}/api${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      const parsed = text ? JSON.parse(text) : undefined;
      // A read model that has not caught up yet (a product just registered) answers 404 for a moment.
      if ((response.status === 404 || response.status >= 502) && attempt < 40) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        continue;
      }
      return { status: response.status, body: parsed, headers: response.headers };
    }
  }
  const ok = (answer, what) => {
    if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  const total = lines.length + products.length * 3;
  let done = 0;
  const step = (what) => progress(++done, total, what);

  const existingLines = ok(await call('GET', '/catalogue/product-lines?limit=200'), 'list lines').items;
  const lineIds = {};
  for (const line of lines) {
    const found = existingLines.find((existing) => existing.name === line.name);
    lineIds[line.name] =
      found?.productLineId ??
      ok(await call('POST', '/catalogue/product-lines', line), `line ${line.name}`).productLineId;
    step(`line ${line.name}`);
  }

  for (const product of products) {
    const found = ok(
      await call('GET', `/catalogue/products?q=${encodeURIComponent(product.code)}&limit=10`),
      'search',
    ).items.find((existing) => existing.code === product.code);
    const productId =
      found?.productId ??
      ok(
        await call('POST', '/catalogue/products', {
          code: product.code,
          name: product.name,
          description: `${product.name}: part of the ${product.line} line.`,
          productLineId: lineIds[product.line],
          kind: product.kind,
          market: product.market,
          ownerId: product.ownerId,
          initialStage: product.initialStage,
        }),
        `product ${product.code}`,
      ).productId;
    step(`product ${product.code}`);

    // Versions: products past development have released ones, the others a plan.
    const released = ['go_to_market', 'in_life', 'end_of_life'].includes(product.initialStage);
    const plans = released
      ? [
          {
            version: '1.0.0',
            targetDate: '2025-03-31',
            scope: 'First release',
            release: '2025-03-28T10:00:00.000Z',
          },
          {
            version: '1.1.0',
            targetDate: '2025-10-31',
            scope: 'Integrations',
            release: '2025-11-04T10:00:00.000Z',
          },
          { version: '2.0.0', targetDate: '2026-09-30', scope: 'The next generation' },
        ]
      : [{ version: '0.1.0', targetDate: '2026-12-15', scope: 'A first pilot' }];
    for (const plan of plans) {
      const current = ok(await call('GET', `/catalogue/products/${productId}`), 'product');
      const version = current.versions.find((v) => v.version === plan.version);
      if (!version) {
        ok(
          await call(
            'POST',
            `/catalogue/products/${productId}/versions`,
            { version: plan.version, targetDate: plan.targetDate, scope: plan.scope },
            { 'if-match': `"${current.revision}"` },
          ),
          `plan ${product.code} ${plan.version}`,
        );
      }
      if (plan.release && version?.status !== 'released') {
        const latest = ok(await call('GET', `/catalogue/products/${productId}`), 'product');
        ok(
          await call(
            'POST',
            `/catalogue/products/${productId}/versions/${plan.version}/release`,
            { releasedAt: plan.release },
            { 'if-match': `"${latest.revision}"` },
          ),
          `release ${product.code} ${plan.version}`,
        );
      }
    }

    // Requests from accounts; the first product of each line gets a RHiNO-sized deal.
    const existing =
      ok(await call('GET', `/requests/requests?productId=${productId}&limit=100`), 'requests').items ?? [];
    const asks = [
      {
        title: `${product.name}: single sign-on`,
        source: 'sales',
        dealValue: 120_000,
        accounts: [accounts[product.seed % 4]],
      },
      {
        title: `${product.name}: export to spreadsheet`,
        source: 'customer',
        dealValue: 15_000,
        accounts: [accounts[(product.seed + 1) % 4]],
      },
      ...(product.seed % 9 === 0
        ? [
            {
              title: `${product.name}: on-premises edition`,
              source: 'sales',
              dealValue: 2_500_000,
              accounts: [accounts[3], accounts[1]],
            },
          ]
        : []),
    ];
    for (const ask of asks) {
      if (existing.some((request) => request.title === ask.title)) continue;
      ok(
        await call('POST', '/requests/requests', {
          ...ask,
          description: `${ask.title}, asked by ${ask.accounts.map((a) => a.name).join(' and ')}.`,
          productId,
          requester: 'sam',
        }),
        ask.title,
      );
    }
    step(`requests ${product.code}`);

    // Two years of monthly in-life facts for products that are (or were) in life.
    if (['in_life', 'end_of_life'].includes(product.initialStage)) {
      const facts = [];
      for (let m = 0; m < 24; m++) {
        const date = new Date(Date.UTC(new Date().getUTCFullYear() - 2, new Date().getUTCMonth() + m, 1));
        const period = date.toISOString().slice(0, 7);
        const growth = 1 + m * (0.02 + (product.seed % 5) * 0.01);
        const customers = Math.round((40 + (product.seed % 7) * 25) * growth);
        facts.push(
          {
            source: 'demo-billing',
            externalId: `${product.code}-rev-${period}`,
            productId,
            metric: 'revenue',
            period,
            unit: 'EUR',
            value: Math.round(customers * 1_150),
          },
          {
            source: 'demo-crm',
            externalId: `${product.code}-cust-${period}`,
            productId,
            metric: 'active_customers',
            period,
            unit: 'customers',
            value: customers,
          },
          {
            source: 'demo-survey',
            externalId: `${product.code}-nps-${period}`,
            productId,
            metric: 'nps',
            period,
            unit: 'score',
            value: 10 + ((product.seed * 7 + m) % 45),
          },
        );
      }
      ok(await call('POST', '/analytics/facts', facts), `facts ${product.code}`);
    }
    step(`facts ${product.code}`);
  }
  process.stdout.write(
    `\n${products.length} products in ${lines.length} lines are there.\nconsole: ${base}\n`,
  );
}

main().catch((error) => {
  process.stdout.write('\n');
  process.stderr.write(`demo:seed: ${error.message}\n`);
  process.exit(1);
});
