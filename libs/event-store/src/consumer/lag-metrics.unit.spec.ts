import { Registry } from 'prom-client';
import { prometheusLagReporter } from './lag-metrics';

describe('prometheusLagReporter', () => {
  it('exports lag per group, topic and partition, sharing one gauge per registry', async () => {
    const register = new Registry();
    const report = prometheusLagReporter(register);
    const again = prometheusLagReporter(register);
    report({ groupId: 'g', topic: 't', partition: 0, lag: 5 });
    again({ groupId: 'g', topic: 't', partition: 1, lag: 2 });
    report({ groupId: 'g', topic: 't', partition: 0, lag: 0 });
    const text = await register.metrics();
    expect(text).toContain('consumer_lag_messages{group="g",topic="t",partition="0"} 0');
    expect(text).toContain('consumer_lag_messages{group="g",topic="t",partition="1"} 2');
  });
});
