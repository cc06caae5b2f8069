import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useApi } from '../lib/api/api-clients';

/** Ctrl-K (or ⌘K): jump to any product by code or name (searched on the server), or to a page. */
export function CommandPalette() {
  const { catalogue } = useApi();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const found = useQuery({
    queryKey: ['product-search', debounced],
    queryFn: () => catalogue.searchProducts(debounced, 8),
    enabled: debounced.length > 0,
  });
  const pages: SpotlightActionData[] = [
    {
      id: 'portfolio',
      label: 'Portfolio',
      description: 'Every product',
      onClick: () => void navigate({ to: '/portfolio' }),
    },
    { id: 'register', label: 'Register a product', onClick: () => void navigate({ to: '/products/new' }) },
    {
      id: 'line',
      label: 'Create a product line',
      onClick: () => void navigate({ to: '/product-lines/new' }),
    },
  ];
  const products: SpotlightActionData[] = (debounced ? (found.data?.items ?? []) : []).map((product) => ({
    id: product.productId,
    label: `${product.code} · ${product.name}`,
    description: product.productLine.name,
    onClick: () =>
      void navigate({ to: '/products/$productId/{-$tab}', params: { productId: product.productId } }),
  }));
  const matchingPages = pages.filter(
    (page) => !query || page.label!.toLowerCase().includes(query.toLowerCase()),
  );
  return (
    <Spotlight
      actions={[...products, ...matchingPages]}
      query={query}
      onQueryChange={setQuery}
      filter={(_query, actions) => actions}
      shortcut={['mod + K']}
      nothingFound={found.isFetching ? 'Searching…' : 'Nothing found'}
      searchProps={{ placeholder: 'Find a product by code or name…', 'aria-label': 'Find a product' }}
      highlightQuery
      limit={12}
    />
  );
}
