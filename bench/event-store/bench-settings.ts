/** Where the benchmark finds PostgreSQL and Kafka: the same env vars the services and tests use. */
export interface BenchSettings {
  /** A server URL; the benchmark creates (and drops) its own database on that server. */
  readonly serverUrl: string;
  readonly brokers: readonly string[];
}

export function benchSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  return {
    serverUrl: env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    brokers: (env.KAFKA_BROKERS || '127.0.0.1:9092').split(','),
  };
}
