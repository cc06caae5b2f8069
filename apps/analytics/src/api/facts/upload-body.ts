import type { IncomingMessage, ServerResponse } from 'node:http';
import { Transform } from 'node:stream';
import { IngestBodyTooLarge, IngestInterrupted } from '../../application/facts/fact-row';

export interface UploadLimits {
  /** Largest body in bytes (`INGEST_MAX_BYTES`). */
  readonly maxBytes: number;
  /** Time for the whole body to arrive, from the start of the handler (`INGEST_BODY_TIMEOUT_MS`). */
  readonly timeoutMs: number;
}

/**
 * The request body as a stream of its own, within the upload limits: it fails with `IngestBodyTooLarge` past
 * `maxBytes`, with `IngestInterrupted('timeout')` when the body is not complete in time, and with
 * `IngestInterrupted('aborted')` when the client goes away. The request is never destroyed here: the answer
 * still has to go out on its socket (see `closeAfterAnswer`).
 */
export function uploadBody(request: IncomingMessage, limits: UploadLimits): Transform {
  let bytes = 0;
  const body = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > limits.maxBytes) callback(new IngestBodyTooLarge(limits.maxBytes));
      else callback(null, chunk);
    },
  });
  const stop = (error: Error) => {
    request.unpipe(body);
    body.destroy(error);
  };
  const timer = setTimeout(
    () => stop(new IngestInterrupted('timeout', `the upload did not complete within ${limits.timeoutMs} ms`)),
    limits.timeoutMs,
  );
  const onGone = () => {
    if (!request.complete)
      stop(new IngestInterrupted('aborted', 'the client closed the connection before the end of the upload'));
  };
  request.once('close', onGone);
  request.once('error', onGone);
  body.once('close', () => {
    clearTimeout(timer);
    request.off('close', onGone);
    request.off('error', onGone);
  });
  // The reader of `body` sees its errors; this only keeps one raised before it attached from going unhandled.
  body.on('error', () => undefined);
  request.pipe(body);
  return body;
}

/** How long a refused upload's client may go on sending (read and dropped) once it has its answer. */
const LINGER_MS = 5_000;

/**
 * After an early answer (400, 408, 413) to a body not read to its end: the rest is read and dropped, so the
 * client sees the answer rather than a reset connection, and a client that goes on sending anyway (an
 * endless body) is disconnected after a few seconds.
 */
export function closeAfterAnswer(request: IncomingMessage, response: ServerResponse): void {
  if (request.complete) return;
  request.unpipe();
  let lingering = false;
  const linger = () => {
    if (lingering || request.complete) return;
    lingering = true;
    request.resume();
    const cutOff = setTimeout(() => request.socket?.destroy(), LINGER_MS);
    cutOff.unref();
    request.once('end', () => clearTimeout(cutOff));
    request.once('close', () => clearTimeout(cutOff));
  };
  if (response.writableFinished) linger();
  else {
    response.once('finish', linger);
    response.once('close', linger);
  }
}
