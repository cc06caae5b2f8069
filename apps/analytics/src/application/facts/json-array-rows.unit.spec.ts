import { jsonArrayRows } from './json-array-rows';
import { UnreadableIngestInput } from './fact-row';

async function rowsOf(...chunks: string[]) {
  const rows = [];
  for await (const row of jsonArrayRows(
    (async function* () {
      yield* chunks;
    })(),
  ))
    rows.push(row);
  return rows;
}

describe('jsonArrayRows', () => {
  it('yields each element with its index and the line it starts on, across chunk borders', async () => {
    const rows = await rowsOf('[\n  {"a": 1, "s": "x,]}\\"y"},\n  {"a"', ': [2, 3]},\n 7\n]\n');
    expect(rows).toEqual([
      { line: 2, index: 0, candidate: { a: 1, s: 'x,]}"y' } },
      { line: 3, index: 1, candidate: { a: [2, 3] } },
      { line: 4, index: 2, candidate: 7 },
    ]);
  });

  it('reports a broken element as unreadable and goes on', async () => {
    const rows = await rowsOf('[{"a": 1}, {"a": }, , {"b": 2}]');
    expect(rows.map((row) => row.unreadable ?? row.candidate)).toEqual([
      { a: 1 },
      'not valid JSON',
      'an empty array element',
      { b: 2 },
    ]);
  });

  it('reads an empty array as no rows', async () => {
    expect(await rowsOf(' [ ] ')).toEqual([]);
  });

  it('refuses a body that is not one JSON array', async () => {
    await expect(rowsOf('{"a": 1}')).rejects.toThrow(UnreadableIngestInput);
    await expect(rowsOf('[{"a": 1}')).rejects.toThrow('not closed');
    await expect(rowsOf('[1] [2]')).rejects.toThrow('after the end');
    await expect(rowsOf('')).rejects.toThrow('empty');
  });
});
