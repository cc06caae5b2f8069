import { trace, TraceFlags } from '@opentelemetry/api';
import { traceparentFromActiveSpan } from './metadata';

describe('default metadata provider', () => {
  it('is empty without an active span', () => {
    expect(traceparentFromActiveSpan()).toEqual({});
  });

  it('gives the traceparent of the active span', () => {
    const span = trace.wrapSpanContext({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: 'b7ad6b7169203331',
      traceFlags: TraceFlags.SAMPLED,
    });
    const spy = jest.spyOn(trace, 'getActiveSpan').mockReturnValue(span);
    try {
      expect(traceparentFromActiveSpan()).toEqual({ traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
    } finally {
      spy.mockRestore();
    }
  });
});
