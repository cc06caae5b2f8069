import type { QueryClient } from '@tanstack/react-query';

/** What the gateway says about one event (see apps/gateway: live change notices). */
export interface ChangeNotice {
  type: string;
  streamId: string;
  productId?: string;
  topic: string;
}

/** Marks stale what a notice touches; the visible queries refetch by themselves. */
export function invalidateFor(queryClient: QueryClient, notice: ChangeNotice): void {
  void queryClient.invalidateQueries({ queryKey: ['portfolio'] });
  if (notice.productId) {
    void queryClient.invalidateQueries({ queryKey: ['product', notice.productId] });
    void queryClient.invalidateQueries({ queryKey: ['lifecycle', notice.productId] });
  }
  if (notice.topic.startsWith('catalogue.product-line'))
    void queryClient.invalidateQueries({ queryKey: ['product-lines'] });
}
