import { Registry } from 'prom-client';
import { trackRelayMetrics } from './relay-metrics';
import type { RelayStatus } from './relay.types';

const status = (name: string, role: RelayStatus['role'], lag: number): RelayStatus => ({
  name,
  role,
  lag,
  checkpoint: null,
  publishedTotal: 0,
});

describe('trackRelayMetrics', () => {
  it('reads lag and leadership of the tracked relays at each scrape, until untracked', async () => {
    const register = new Registry();
    let lag = 3;
    const untrack = trackRelayMetrics(register, () => status('kafka', 'active', lag));
    trackRelayMetrics(register, () => status('other', 'standby', 0));
    expect(await register.metrics()).toContain('relay_lag_events{relay="kafka"} 3');
    lag = 0;
    const text = await register.metrics();
    expect(text).toContain('relay_lag_events{relay="kafka"} 0');
    expect(text).toContain('relay_active{relay="kafka"} 1');
    expect(text).toContain('relay_active{relay="other"} 0');
    untrack();
    expect(await register.metrics()).not.toContain('relay="kafka"');
  });
});
