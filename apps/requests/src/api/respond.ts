import { setETag } from '@product-ledger/nest-event-sourcing';
import type { RequestState } from '../domain/request/request-state';
import { requestView, type RequestView } from './views/request.view';

/** What a controller does to the response itself: headers and, for endorsements, the status. */
export interface ResponseWriter {
  setHeader(name: string, value: string): unknown;
  status(code: number): unknown;
}

/** The request a command left behind, with its version as the ETag. */
export function respond(outcome: { state: RequestState; version: number }, res: ResponseWriter): RequestView {
  if (!outcome.state.exists) throw new Error('a request command ended without a request');
  setETag(res, outcome.version);
  return requestView(outcome.state, outcome.version);
}
