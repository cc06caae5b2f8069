import { z } from 'zod';
import { createEventRegistry, validateEventData } from './event-registry';

const v1 = { type: 'ProductRegistered', schemaVersion: 1, topic: 'catalogue.product.v1', schema: z.object({ name: z.string() }) };
const v2 = { ...v1, schemaVersion: 2, schema: z.object({ name: z.string(), kind: z.enum(['software', 'physical']) }) };

describe('event registry', () => {
  const registry = createEventRegistry([v2, v1]);

  it('knows every version of a type and which one is current', () => {
    expect(registry.current('ProductRegistered')?.schemaVersion).toBe(2);
    expect(registry.at('ProductRegistered', 1)?.schemaVersion).toBe(1);
    expect(registry.at('ProductRegistered', 3)).toBeUndefined();
    expect(registry.current('Nope')).toBeUndefined();
    expect(registry.types()).toEqual(['ProductRegistered']);
    expect(registry.topicOf('ProductRegistered')).toBe('catalogue.product.v1');
  });

  it('refuses the same type and version twice', () => {
    expect(() => createEventRegistry([v1, v1])).toThrow(/registered twice/);
  });

  it('validates against the current version by default, or the given one, returning parsed data', () => {
    expect(validateEventData(registry, { type: 'ProductRegistered', data: { name: 'a', kind: 'software', x: 1 } }, 0)).toEqual({
      ok: true,
      data: { name: 'a', kind: 'software' },
      schemaVersion: 2,
    });
    expect(validateEventData(registry, { type: 'ProductRegistered', schemaVersion: 1, data: { name: 'a' } }, 0)).toMatchObject({
      ok: true,
      schemaVersion: 1,
    });
    const bad = validateEventData(registry, { type: 'ProductRegistered', data: { name: 3 } }, 4);
    expect(bad).toMatchObject({
      ok: false,
      issues: [
        { eventIndex: 4, eventType: 'ProductRegistered', path: 'name' },
        { eventIndex: 4, eventType: 'ProductRegistered', path: 'kind' },
      ],
    });
    expect(validateEventData(registry, { type: 'Unknown', data: {} }, 0)).toMatchObject({
      ok: false,
      issues: [{ path: '', message: 'unknown event type' }],
    });
  });
});
