import { eventsChannel, qualified, quoteIdent } from './identifiers';

export interface Migration {
  readonly version: number;
  readonly name: string;
  sql(schema: string): string;
}

/**
 * The store's schema, in order. Applied migrations are never edited: a change is a new entry.
 * Checkpoints are bigints stored per (group, topic, partition); -1 means "replay from the earliest offset"
 * (written by resetProjection so a running consumer notices the reset).
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'events',
    sql: (s) => `
      CREATE TABLE ${qualified(s, 'events')} (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        stream_id text NOT NULL,
        stream_version integer NOT NULL CHECK (stream_version > 0),
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        schema_version integer NOT NULL DEFAULT 1,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version),
        CONSTRAINT events_event_id_unique UNIQUE (event_id)
      );
      -- the gap-free reader walks (transaction_id, global_position)
      CREATE INDEX events_transaction_order ON ${qualified(s, 'events')} (transaction_id, global_position);
      CREATE INDEX events_type ON ${qualified(s, 'events')} (event_type);
      -- one NOTIFY per inserting statement wakes the relay; payload-free, polling stays the truth
      -- (replaced by a NOTIFY after commit in version 6)
      CREATE FUNCTION ${qualified(s, 'notify_events_appended')}() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_notify(${literal(eventsChannel(s))}, '');
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER events_appended AFTER INSERT ON ${qualified(s, 'events')}
        FOR EACH STATEMENT EXECUTE FUNCTION ${qualified(s, 'notify_events_appended')}();
    `,
  },
  {
    version: 2,
    name: 'consumer_checkpoints',
    sql: (s) => `
      CREATE TABLE ${qualified(s, 'consumer_checkpoints')} (
        group_id text NOT NULL,
        topic text NOT NULL,
        partition integer NOT NULL,
        "offset" bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (group_id, topic, partition)
      );
    `,
  },
  {
    version: 3,
    name: 'relay_state',
    sql: (s) => `
      CREATE TABLE ${qualified(s, 'relay_state')} (
        name text PRIMARY KEY,
        transaction_id xid8 NOT NULL,
        position bigint NOT NULL,
        published_total bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 4,
    name: 'processed_events',
    sql: (s) => `
      CREATE TABLE ${qualified(s, 'processed_events')} (
        consumer text NOT NULL,
        event_id uuid NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      );
    `,
  },
  {
    version: 5,
    name: 'idempotency_keys',
    sql: (s) => `
      CREATE TABLE ${qualified(s, 'idempotency_keys')} (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        status integer,
        response_headers jsonb,
        response_body jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        PRIMARY KEY (scope, key)
      );
      CREATE INDEX idempotency_keys_created_at ON ${qualified(s, 'idempotency_keys')} (created_at);
    `,
  },
  {
    version: 6,
    name: 'append_signal_after_commit',
    // The NOTIFY moves out of the appending transaction (see notify/append-signal.ts): inside it, PostgreSQL
    // serialises every committing appender on one lock held through its WAL flush. events_type served no
    // query and cost every insert an index entry.
    sql: (s) => `
      DROP TRIGGER IF EXISTS events_appended ON ${qualified(s, 'events')};
      DROP FUNCTION IF EXISTS ${qualified(s, 'notify_events_appended')}();
      DROP INDEX IF EXISTS ${qualified(s, 'events_type')};
    `,
  },
];

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export const migrationsTable = (schema: string): string => `${quoteIdent(schema)}.event_store_migrations`;
