import type { PoolClient } from 'pg';

/** The slice of pg's Connection a COPY FROM STDIN needs (what pg hands a submittable query). */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

const CHUNK_BYTES = 64 * 1024;

/**
 * `COPY ... FROM STDIN` with pg's submittable-query hook: the database bound of the ingest measures. (pg
 * itself has no COPY API and pg-copy-streams is not a dependency; this is the same protocol exchange:
 * CopyInResponse -> CopyData chunks -> CopyDone -> CommandComplete -> ReadyForQuery.)
 */
class CopyFromStdin {
  rowCount = 0;
  private error?: Error;

  constructor(
    private readonly text: string,
    private readonly data: Buffer,
    private readonly done: (error: Error | undefined, rowCount: number) => void,
  ) {}

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: CopyConnection): void {
    for (let offset = 0; offset < this.data.length; offset += CHUNK_BYTES)
      connection.sendCopyFromChunk(this.data.subarray(offset, offset + CHUNK_BYTES));
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    const match = /COPY (\d+)/.exec(message.text ?? '');
    if (match) this.rowCount = Number(match[1]);
  }

  handleError(error: Error): void {
    this.error = error;
  }

  handleReadyForQuery(): void {
    this.done(this.error, this.rowCount);
  }

  // Parts of the protocol a COPY FROM never sees; pg calls them on any active query.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handlePortalSuspended(): void {}
  handleEmptyQuery(): void {}
  handleCopyData(): void {}
}

/** Runs `copySql` (a `COPY ... FROM STDIN ...` statement) feeding it `data`; resolves with the rows copied. */
export function copyFromStdin(client: PoolClient, copySql: string, data: string | Buffer): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const copy = new CopyFromStdin(
      copySql,
      Buffer.isBuffer(data) ? data : Buffer.from(data),
      (error, rows) => (error ? reject(error) : resolve(rows)),
    );
    // pg accepts any object with submit() as a query; its typings only know Submittable's shape.
    client.query(copy as never);
  });
}
