import { Registry } from 'prom-client';
import { prometheusDeadLetterReporter, prometheusLagReporter } from './lag-metrics';

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

describe('prometheusDeadLetterReporter', () => {
  it('counts dead letters per group, original topic and reason', async () => {
    const register = new Registry();
    const report = prometheusDeadLetterReporter(register);
    const letter = { groupId: 'g', topic: 't', partition: 0, offset: '7', reason: 'handler-failed' } as const;
    report(letter);
    prometheusDeadLetterReporter(register)(letter);
    report({ ...letter, reason: 'undecodable' });
    const text = await register.metrics();
    expect(text).toContain('consumer_dead_letters_total{group="g",topic="t",reason="handler-failed"} 2');
    expect(text).toContain('consumer_dead_letters_total{group="g",topic="t",reason="undecodable"} 1');
  });
});
