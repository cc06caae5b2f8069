import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../lib/api/api-clients';

export function useProduct(productId: string) {
  const { catalogue } = useApi();
  return useQuery({ queryKey: ['product', productId], queryFn: () => catalogue.product(productId) });
}

export function useProductHistory(productId: string, enabled: boolean) {
  const { catalogue } = useApi();
  return useQuery({
    queryKey: ['product', productId, 'history'],
    queryFn: () => catalogue.history(productId),
    enabled,
  });
}

export function useLifecycle(productId: string, enabled: boolean) {
  const { lifecycle } = useApi();
  return useQuery({
    queryKey: ['lifecycle', productId],
    enabled,
    queryFn: async () => {
      const lifecycles = await lifecycle.ofProduct(productId);
      const own = lifecycles.find((entry) => !entry.version) ?? lifecycles[0];
      return { lifecycle: own, history: own ? await lifecycle.history(own.lifecycleId) : [] };
    },
  });
}
