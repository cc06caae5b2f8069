import { getRequestContext, runWithContext } from './request-context';

describe('request context', () => {
  it('is absent outside a unit of work', () => {
    expect(getRequestContext()).toBeUndefined();
  });

  it('follows the work across awaits and keeps concurrent units apart', async () => {
    const seen = async (id: string) =>
      runWithContext({ correlationId: id }, async () => {
        await new Promise((resolve) => setImmediate(resolve));
        return getRequestContext()?.correlationId;
      });
    await expect(Promise.all([seen('a'), seen('b')])).resolves.toEqual(['a', 'b']);
  });

  it('lets a consumer stamp the causing event inside an outer context', () => {
    runWithContext({ correlationId: 'req-1' }, () => {
      runWithContext({ correlationId: 'req-1', causationId: 'event-9' }, () =>
        expect(getRequestContext()).toEqual({ correlationId: 'req-1', causationId: 'event-9' }),
      );
      expect(getRequestContext()).toEqual({ correlationId: 'req-1' });
    });
  });
});
