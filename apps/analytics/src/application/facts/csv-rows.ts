import { parse, type CsvError } from 'csv-parse';
import type { Readable } from 'node:stream';
import {
  factCandidateOfCsvRecord,
  factCsvColumns,
  factFieldOfHeader,
} from '../../domain/facts/csv-fact-record';
import { FactRow, IngestRecordTooLarge, UnreadableIngestInput } from './fact-row';

const requiredColumns = factCsvColumns.filter((column) => column !== 'version');

/**
 * Reads facts from CSV as it streams in (csv-parse): the first record is the header naming the columns,
 * every other record is one row. A record csv-parse cannot read (a stray quote) or with the wrong number of
 * cells becomes a rejected row with its line; reading goes on with the next record.
 */
export async function* csvRows(
  input: Readable,
  { maxRecordLength = 0 }: { maxRecordLength?: number } = {},
): AsyncGenerator<FactRow> {
  // csv-parse reports a skipped record while it parses a chunk, before the records buffered ahead of it are
  // read: they wait here and are handed out in line order. Indexes are given when a row is handed out.
  const skipped: { line: number; unreadable: string }[] = [];
  let index = 0;
  const parser = input.pipe(
    parse({
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      // 0: no limit. Past it (an unclosed quote) the whole upload is refused, not just the record: reading
      // on would keep growing the record.
      max_record_size: maxRecordLength,
      on_skip: (error: CsvError | undefined, raw: string | undefined) => {
        if (error?.code === 'CSV_MAX_RECORD_SIZE') {
          const endLine = Number((error as { lines?: number }).lines ?? 1);
          throw new IngestRecordTooLarge(startLine(endLine, raw ?? ''), maxRecordLength);
        }
        const endLine = Number((error as { lines?: number } | undefined)?.lines ?? 0);
        const line = startLine(endLine, raw ?? '');
        const reason = error?.message ?? 'unreadable CSV record';
        const previous = skipped.at(-1);
        // One broken record can be reported twice (e.g. a bad quote, then the quote never closed).
        if (previous && previous.line === line) previous.unreadable = `${previous.unreadable}; ${reason}`;
        else skipped.push({ line, unreadable: reason });
      },
    }),
  );
  input.on('error', (error) => parser.destroy(error));

  let fields: (string | undefined)[] | undefined;
  for await (const { record, info, raw } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
    raw: string;
  }>) {
    const line = startLine(info.lines, raw);
    while (skipped.length > 0 && skipped[0]!.line < line) yield { ...skipped.shift()!, index: index++ };
    if (!fields) {
      fields = headerFields(record);
      continue;
    }
    if (record.length !== fields.length) {
      yield {
        line,
        index: index++,
        unreadable: `expected ${fields.length} cells as the header has, found ${record.length}`,
      };
      continue;
    }
    const cells: Record<string, string> = {};
    record.forEach((cell, position) => {
      const field = fields![position];
      if (field) cells[field] = cell;
    });
    yield { line, index: index++, candidate: factCandidateOfCsvRecord(cells) };
  }
  for (const row of skipped) yield { ...row, index: index++ };
  if (!fields)
    throw new UnreadableIngestInput(
      `the CSV is empty: the first line names the columns ${factCsvColumns.join(',')}`,
    );
}

function headerFields(header: string[]): (string | undefined)[] {
  const fields = header.map((cell) => factFieldOfHeader(cell));
  const unknown = header.filter((_, position) => fields[position] === undefined);
  if (unknown.length > 0) {
    throw new UnreadableIngestInput(
      `unknown CSV column(s) ${unknown.map((cell) => JSON.stringify(cell)).join(', ')}; the columns are ${factCsvColumns.join(',')}`,
    );
  }
  const missing = requiredColumns.filter((column) => !fields.includes(column));
  if (missing.length > 0)
    throw new UnreadableIngestInput(`the CSV header lacks the column(s) ${missing.join(', ')}`);
  return fields;
}

/** csv-parse reports the line a record ends on; a quoted cell may span lines, and blank lines may precede it. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/^(?:\r?\n)+/, '').replace(/\r?\n$/, '');
  return endLine - (body.match(/\n/g)?.length ?? 0);
}
