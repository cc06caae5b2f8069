import type { paths } from './generated/lifecycle';
import { expectOk, serviceClient } from './http';

// The lifecycle service documents its requests but not yet its response bodies (the generated types say
// `content?: never`), so the console states the fields it reads; a change there shows in the browser suite.
export interface LifecycleSummary {
  lifecycleId: string;
  productId: string;
  version: string | null;
  stage: string;
  stageEnteredAt: string;
}

export interface LifecycleHistoryEntry {
  type: string;
  recordedAt: string;
  actor: string | null;
  data: Record<string, unknown>;
}

/** Lifecycle: the stage a product is in, how it got there, and the gate decisions on the way. */
export class LifecycleClient {
  private readonly http = serviceClient<paths>('lifecycle');

  async ofProduct(productId: string): Promise<LifecycleSummary[]> {
    const page = await expectOk<unknown>(
      this.http.GET('/lifecycles', { params: { query: { productId, limit: 50 } } }),
    );
    return (page as { items?: LifecycleSummary[] }).items ?? [];
  }

  async history(lifecycleId: string): Promise<LifecycleHistoryEntry[]> {
    const page = await expectOk<unknown>(
      this.http.GET('/lifecycles/{id}/history', { params: { path: { id: lifecycleId } } }),
    );
    return (page as { events?: LifecycleHistoryEntry[] }).events ?? [];
  }
}
