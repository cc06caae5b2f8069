import { randomUUID } from 'node:crypto';
import { InvalidEventError, type EventIssue } from './errors';
import { validateEventData, type EventRegistry } from './event-registry';
import type { EventMetadata, NewEvent } from './event-types';
import type { MetadataProvider } from './metadata';

/** An event ready for the INSERT: id, version, validated data and full metadata decided. */
export interface PreparedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/**
 * Validates (when a registry is given) and completes the events of one append. Throws InvalidEventError
 * listing every issue of every event, before the database is touched.
 */
export function prepareEvents(
  events: readonly NewEvent[],
  registry: EventRegistry | undefined,
  metadata: MetadataProvider,
): PreparedEvent[] {
  const context = metadata();
  const issues: EventIssue[] = [];
  const prepared = events.map((event, index): PreparedEvent => {
    let data = event.data;
    let schemaVersion = event.schemaVersion ?? 1;
    if (registry) {
      const checked = validateEventData(registry, event, index);
      if (checked.ok) {
        data = checked.data;
        schemaVersion = checked.schemaVersion;
      } else {
        issues.push(...checked.issues);
      }
    }
    return {
      eventId: event.eventId ?? randomUUID(),
      type: event.type,
      schemaVersion,
      data,
      metadata: withoutUndefined({ ...context, ...event.metadata }),
    };
  });
  if (issues.length > 0) throw new InvalidEventError(issues);
  return prepared;
}

function withoutUndefined(metadata: EventMetadata): EventMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined));
}
