export interface ServerSentEvent {
  id?: string;
  event: string;
  data: string;
}

/** Reads a text/event-stream response body event by event (comments, such as heartbeats, are skipped). */
export function eventStreamReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const events: ServerSentEvent[] = [];
  let comments = 0;

  async function pump(): Promise<boolean> {
    const { value, done } = await reader.read();
    if (done) return false;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: ServerSentEvent = { event: 'message', data: '' };
      let sawField = false;
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) {
          comments++;
          continue;
        }
        const [field, ...rest] = line.split(':');
        const value = rest.join(':').replace(/^ /, '');
        if (field === 'id') event.id = value;
        else if (field === 'event') event.event = value;
        else if (field === 'data') event.data += value;
        else continue;
        sawField = true;
      }
      if (sawField) events.push(event);
    }
    return true;
  }

  return {
    /** Reads until `accept` matches an event received so far; returns that event. */
    async next(accept: (event: ServerSentEvent) => boolean): Promise<ServerSentEvent> {
      for (;;) {
        const index = events.findIndex(accept);
        if (index >= 0) return events.splice(index, 1)[0]!;
        if (!(await pump())) throw new Error('the event stream ended');
      }
    },
    /** Reads until at least `count` comment lines (heartbeats) arrived. */
    async comments(count: number): Promise<void> {
      while (comments < count) if (!(await pump())) throw new Error('the event stream ended');
    },
    cancel: () => reader.cancel().catch(() => undefined),
  };
}
