import { StringDecoder } from 'node:string_decoder';
import { FactRow, IngestRecordTooLarge, UnreadableIngestInput } from './fact-row';

/**
 * Reads a JSON array element by element as the text streams in, so a request of 50,000 facts is never held
 * whole, and each element knows the line it starts on. It tracks only strings and bracket depth to find
 * the elements; each element is then parsed on its own, so one broken element is one rejected row.
 */
export async function* jsonArrayRows(
  chunks: AsyncIterable<string | Buffer>,
  { maxRecordLength = Number.POSITIVE_INFINITY }: { maxRecordLength?: number } = {},
): AsyncGenerator<FactRow> {
  let started = false;
  let ended = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let line = 1;
  let index = 0;
  let elementLine = 0;
  let parts: string[] = [];
  // Characters of the element read so far in earlier chunks: an element (an unterminated string) must not
  // grow without bound.
  let partsLength = 0;
  let hasContent = false;
  // A multi-byte character may be split across two chunks.
  const decoder = new StringDecoder('utf8');

  const finishElement = (): FactRow => {
    const text = parts.join('');
    parts = [];
    partsLength = 0;
    hasContent = false;
    const row = { line: elementLine, index: index++ };
    try {
      return { ...row, candidate: JSON.parse(text) };
    } catch {
      return { ...row, unreadable: text.trim() === '' ? 'an empty array element' : 'not valid JSON' };
    }
  };

  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let segmentStart = 0;
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (char === '\n') line++;
      if (!started || ended) {
        if (isWhitespace(char)) continue;
        if (!started && char === '[') {
          started = true;
          segmentStart = i + 1;
          continue;
        }
        throw new UnreadableIngestInput(
          ended
            ? `text after the end of the JSON array on line ${line}`
            : 'the body is not a JSON array of facts',
        );
      }
      if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') inString = false;
        continue;
      }
      if (depth === 0 && (char === ',' || char === ']')) {
        parts.push(text.slice(segmentStart, i));
        if (partsLength + i - segmentStart > maxRecordLength)
          throw new IngestRecordTooLarge(elementLine, maxRecordLength);
        segmentStart = i + 1;
        if (char === ']') {
          ended = true;
          if (hasContent || index > 0) yield finishElement();
        } else {
          yield finishElement();
        }
        continue;
      }
      if (!hasContent && !isWhitespace(char)) {
        hasContent = true;
        elementLine = line;
      }
      if (char === '"') inString = true;
      else if (char === '{' || char === '[') depth++;
      else if (char === '}' || char === ']') depth--;
    }
    if (started && !ended) {
      const rest = text.slice(segmentStart);
      parts.push(rest);
      partsLength += rest.length;
      if (partsLength > maxRecordLength)
        throw new IngestRecordTooLarge(hasContent ? elementLine : line, maxRecordLength);
    }
  }
  if (!started) throw new UnreadableIngestInput('the body is empty: send a JSON array of facts');
  if (!ended) throw new UnreadableIngestInput('the JSON array is not closed');
}

function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\r' || char === '\t';
}
