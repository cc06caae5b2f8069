export interface StreamEvent {
  id?: string;
  event: string;
  data: string;
}

/** Splits a text/event-stream into events; feed it decoded text as it arrives. */
export function eventStreamParser(onEvent: (event: StreamEvent) => void) {
  let buffer = '';
  return (text: string) => {
    buffer += text.replace(/\r\n/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: StreamEvent = { event: 'message', data: '' };
      let fields = 0;
      for (const line of block.split('\n')) {
        if (line === '' || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'id') event.id = value;
        else if (field === 'event') event.event = value;
        else if (field === 'data') event.data += event.data ? `\n${value}` : value;
        else continue;
        fields++;
      }
      if (fields > 0) onEvent(event);
    }
  };
}
