import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { StoredEvent } from '@product-ledger/event-store';
import { commercialNote } from '@product-ledger/service-kit';

export class RequestHistoryEntry {
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ description: 'What happened, e.g. RequestEndorsed' }) type!: string;
  @ApiProperty({ description: 'When it was recorded', format: 'date-time' }) recordedAt!: string;
  @ApiPropertyOptional({ description: 'Who did it (token subject, or policy:<name>)' }) actor?: string;
  @ApiProperty({
    description: `The event as published on requests.request.v1 (revenue, dealValue and demand: ${commercialNote})`,
    type: Object,
  })
  data!: unknown;
}

export class RequestHistoryView {
  @ApiProperty({ format: 'uuid' }) requestId!: string;
  @ApiProperty({ type: [RequestHistoryEntry] }) events!: RequestHistoryEntry[];
}

export function requestHistoryView(requestId: string, events: readonly StoredEvent[]): RequestHistoryView {
  return {
    requestId,
    events: events.map((event) => ({
      version: event.streamVersion,
      eventId: event.eventId,
      type: event.type,
      recordedAt: event.recordedAt.toISOString(),
      ...(typeof event.metadata.actor === 'string' ? { actor: event.metadata.actor } : {}),
      data: event.data,
    })),
  };
}
