import type { EventIssue } from './errors';

/** The part of a zod schema the store needs: so any zod version (or a hand-written checker) fits. */
export interface DataSchema {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

export interface RegisteredEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly schema: DataSchema;
  readonly topic?: string;
}

/** Event types known to a service, every schema version of each, and which version is current. */
export interface EventRegistry {
  /** The highest registered version of the type, or undefined for an unknown type. */
  current(type: string): RegisteredEvent | undefined;
  at(type: string, schemaVersion: number): RegisteredEvent | undefined;
  types(): string[];
  /** Topic of the type's current contract, when the contract names one. */
  topicOf(type: string): string | undefined;
}

/** An `EventContract` from @product-ledger/contracts fits (kept structural so this lib needs no import). */
export interface EventContractLike {
  readonly type: string;
  readonly schemaVersion: number;
  readonly topic?: string;
  readonly schema: DataSchema;
}

export function createEventRegistry(contracts: readonly EventContractLike[]): EventRegistry {
  const byType = new Map<string, Map<number, RegisteredEvent>>();
  for (const contract of contracts) {
    const versions = byType.get(contract.type) ?? new Map<number, RegisteredEvent>();
    if (versions.has(contract.schemaVersion)) {
      throw new Error(`event contract ${contract.type} v${contract.schemaVersion} is registered twice`);
    }
    versions.set(contract.schemaVersion, {
      type: contract.type,
      schemaVersion: contract.schemaVersion,
      schema: contract.schema,
      topic: contract.topic,
    });
    byType.set(contract.type, versions);
  }
  const current = (type: string): RegisteredEvent | undefined => {
    const versions = byType.get(type);
    if (!versions) return undefined;
    return versions.get(Math.max(...versions.keys()));
  };
  return {
    current,
    at: (type, schemaVersion) => byType.get(type)?.get(schemaVersion),
    types: () => [...byType.keys()],
    topicOf: (type) => current(type)?.topic,
  };
}

/**
 * Checks one event's data against its registered schema version. Returns the parsed data (the schema's
 * output, e.g. without unknown keys) or the issues found.
 */
export function validateEventData(
  registry: EventRegistry,
  event: { type: string; schemaVersion?: number; data: unknown },
  eventIndex: number,
): { ok: true; data: unknown; schemaVersion: number } | { ok: false; issues: EventIssue[] } {
  const contract =
    event.schemaVersion === undefined ? registry.current(event.type) : registry.at(event.type, event.schemaVersion);
  if (!contract) {
    const known = registry.current(event.type);
    const message = known
      ? `schema version ${event.schemaVersion} is not registered (current is ${known.schemaVersion})`
      : 'unknown event type';
    return { ok: false, issues: [{ eventIndex, eventType: event.type, path: '', message }] };
  }
  const parsed = contract.schema.safeParse(event.data);
  if (parsed.success) return { ok: true, data: parsed.data, schemaVersion: contract.schemaVersion };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      eventIndex,
      eventType: event.type,
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}
