/**
 * Local-development defaults for one service: its port, its own database on the local PostgreSQL and
 * the local broker. Merged *under* the environment, so any variable that is set wins.
 */
export function serviceDefaults(serviceName: string, port: number): Record<string, string> {
  return {
    PORT: String(port),
    DATABASE_URL: `postgres://postgres@127.0.0.1:5432/product_ledger_${serviceName}`,
    KAFKA_BROKERS: '127.0.0.1:9092',
  };
}
