import type { QueryClient } from '@tanstack/react-query';

/** What the gateway says about one event (see apps/gateway: live change notices). */
export interface ChangeNotice {
  type: string;
  streamId: string;
  productId?: string;
  topic: string;
}

// Analytics builds the portfolio from the same events a little later than the notice arrives; asking once
// more after the notices settle picks up what its projection had not taken in yet.
const PROJECTION_CATCH_UP_MS = 2_000;
let catchUp: ReturnType<typeof setTimeout> | undefined;

/** Marks stale what a notice touches; the visible queries refetch by themselves. */
export function invalidateFor(queryClient: QueryClient, notice: ChangeNotice): void {
  void queryClient.invalidateQueries({ queryKey: ['portfolio'] });
  clearTimeout(catchUp);
  catchUp = setTimeout(
    () => void queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
    PROJECTION_CATCH_UP_MS,
  );
  if (notice.productId) {
    void queryClient.invalidateQueries({ queryKey: ['product', notice.productId] });
    void queryClient.invalidateQueries({ queryKey: ['lifecycle', notice.productId] });
  }
  if (notice.topic.startsWith('catalogue.product-line'))
    void queryClient.invalidateQueries({ queryKey: ['product-lines'] });
}
