/**
 * The projection both consumers maintain: one row per stream with a count and the latest price. Each
 * event is one upsert, the typical read-model write.
 */
export function readModelTableSql(schema: string, table: string): string {
  return `CREATE TABLE "${schema}"."${table}" (
    stream_id text PRIMARY KEY,
    events integer NOT NULL,
    last_event_id uuid NOT NULL,
    last_type text NOT NULL,
    amount_cents bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`;
}

export function upsertSql(schema: string, table: string): string {
  return `INSERT INTO "${schema}"."${table}" AS model (stream_id, events, last_event_id, last_type, amount_cents)
    VALUES ($1, 1, $2, $3, $4)
    ON CONFLICT (stream_id) DO UPDATE SET events = model.events + 1, last_event_id = excluded.last_event_id,
      last_type = excluded.last_type, amount_cents = excluded.amount_cents, updated_at = now()`;
}

export interface UpsertInput {
  readonly streamId: string;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
}

export function upsertValues(event: UpsertInput): unknown[] {
  const data = event.data as { amountCents?: number };
  return [event.streamId, event.eventId, event.type, data.amountCents ?? 0];
}
