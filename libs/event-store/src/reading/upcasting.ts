/**
 * Turns the data of an old schema version into the next one. Registered per (type, fromVersion); on read
 * they chain until no upcaster takes the event further, so v1 -> v2 -> v3 needs two of them. `upcast` is
 * a method (not a property) so an upcaster typed for its own data shape still fits `Upcaster`.
 */
export interface Upcaster<From = unknown, To = unknown> {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: From, event: { streamId?: string; eventId?: string; metadata?: unknown }): To;
}

export interface Upcastable {
  type: string;
  schemaVersion: number;
  data: unknown;
  streamId?: string;
  eventId?: string;
  metadata?: unknown;
}

export type UpcastChain = <E extends Upcastable>(event: E) => E;

export function createUpcastChain(upcasters: readonly Upcaster[] = []): UpcastChain {
  const byKey = new Map<string, Upcaster>();
  for (const upcaster of upcasters) {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (byKey.has(key)) throw new Error(`two upcasters for ${upcaster.type} v${upcaster.fromVersion}`);
    byKey.set(key, upcaster);
  }
  if (byKey.size === 0) return (event) => event;
  return (event) => {
    let current = event;
    for (;;) {
      const upcaster = byKey.get(`${current.type}@${current.schemaVersion}`);
      if (!upcaster) return current;
      current = { ...current, data: upcaster.upcast(current.data, current), schemaVersion: current.schemaVersion + 1 };
    }
  };
}
