import { Readable } from 'node:stream';
import { csvRows } from './csv-rows';
import { UnreadableIngestInput } from './fact-row';

async function rowsOf(text: string) {
  const rows = [];
  for await (const row of csvRows(Readable.from([Buffer.from(text)]))) rows.push(row);
  return rows;
}

const header = 'productId,version,metric,period,value,unit,source,externalId\n';
const product = '7d0f3b2e-4a53-4c1e-9d1a-2f6f0c6f8e11';

describe('csvRows', () => {
  it('reads each record after the header with its line, empty cells left out', async () => {
    const rows = await rowsOf(
      `${header}${product},,revenue,2026-03,1200.5,EUR,billing,inv-1\n\n${product},1.0.0,nps,2026-03-15,42,score,survey,"s-1"\n`,
    );
    expect(rows).toEqual([
      {
        line: 2,
        index: 0,
        candidate: {
          productId: product,
          metric: 'revenue',
          period: '2026-03',
          value: 1200.5,
          unit: 'EUR',
          source: 'billing',
          externalId: 'inv-1',
        },
      },
      {
        line: 4,
        index: 1,
        candidate: {
          productId: product,
          version: '1.0.0',
          metric: 'nps',
          period: '2026-03-15',
          value: 42,
          unit: 'score',
          source: 'survey',
          externalId: 's-1',
        },
      },
    ]);
  });

  it('accepts the columns in any order and spelling', async () => {
    const rows = await rowsOf(
      `external_id,source,unit,value,period,metric,product_id\ne-1,crm,customers,10,2026-01,active_customers,${product}\n`,
    );
    expect(rows[0]!.candidate).toMatchObject({ externalId: 'e-1', productId: product, value: 10 });
  });

  it('reports a record with the wrong number of cells or a stray quote as unreadable, with its line, and reads on', async () => {
    const rows = await rowsOf(
      `${header}a,b\n${product},,revenue,2026-03,"1\n0",EUR,billing,inv-2\nx,,revenue,2026-03,1,EUR,billing,"bad"quote\n`,
    );
    expect(
      rows.map(({ line, index, unreadable }) => ({ line, index, unreadable: unreadable?.slice(0, 20) })),
    ).toEqual([
      { line: 2, index: 0, unreadable: 'expected 8 cells as ' },
      { line: 3, index: 1, unreadable: undefined },
      { line: 5, index: 2, unreadable: 'Invalid Closing Quot' },
    ]);
  });

  it('refuses a header with unknown or missing columns, and an empty body', async () => {
    await expect(rowsOf('productId,colour\n')).rejects.toThrow(UnreadableIngestInput);
    await expect(rowsOf('productId,metric\n')).rejects.toThrow(
      'lacks the column(s) period, value, unit, source, externalId',
    );
    await expect(rowsOf('')).rejects.toThrow('empty');
  });
});
