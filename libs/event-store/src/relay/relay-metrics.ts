import { Gauge, type Registry } from 'prom-client';
import type { RelayStatus } from './relay.types';

type StatusSource = () => RelayStatus | undefined;
const sourcesByRegistry = new WeakMap<Registry, Set<StatusSource>>();

/**
 * `relay_lag_events{relay}` (committed events the active relay has not published yet; 0 on a standby) and
 * `relay_active{relay}` (1 on the instance holding the relay lock), read from the tracked relays at each
 * scrape. Returns a function that stops tracking `status` (call it when the relay stops).
 */
export function trackRelayMetrics(register: Registry, status: StatusSource): () => void {
  let sources = sourcesByRegistry.get(register);
  if (!sources) {
    const tracked = new Set<StatusSource>();
    sources = tracked;
    sourcesByRegistry.set(register, tracked);
    const statuses = () => [...tracked].flatMap((source) => source() ?? []);
    new Gauge({
      name: 'relay_lag_events',
      help: 'Committed events the active relay has not published to Kafka yet (counted up to 10 000)',
      labelNames: ['relay'],
      registers: [register],
      collect() {
        this.reset();
        for (const relay of statuses()) this.set({ relay: relay.name }, relay.lag);
      },
    });
    new Gauge({
      name: 'relay_active',
      help: '1 when this instance holds the relay lock and publishes, else 0',
      labelNames: ['relay'],
      registers: [register],
      collect() {
        this.reset();
        for (const relay of statuses()) this.set({ relay: relay.name }, relay.role === 'active' ? 1 : 0);
      },
    });
  }
  sources.add(status);
  return () => sources.delete(status);
}
