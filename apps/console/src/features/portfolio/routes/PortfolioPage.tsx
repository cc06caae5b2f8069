import { ButtonLink } from '../../../components/links';
import { Button, Group, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { stageOptions } from '../../../components/labels';
import { currentSession, may } from '../../../lib/auth/session';
import { usePortfolio, usePortfolioGroups, useProductLines } from '../api/use-portfolio';
import { PortfolioGroups } from '../components/PortfolioGroups';
import { AsOfBanner } from '../components/AsOfBanner';
import { PortfolioTable } from '../components/PortfolioTable';
import { portfolioFilters, type PortfolioSearch, type SortKey } from '../portfolio-search';
import { portfolioCsv, toPortfolioRow, visibleRows } from '../portfolio-view';

/** `/portfolio`: every product, filtered, sorted and dated by the URL. */
export function PortfolioPage() {
  const search = useSearch({ from: '/_app/portfolio' });
  const navigate = useNavigate({ from: '/portfolio' });
  const session = currentSession();
  const set = (change: Partial<PortfolioSearch>) =>
    void navigate({ search: (previous: PortfolioSearch) => ({ ...previous, ...change }), replace: true });
  const setText = useDebouncedCallback((q: string) => set({ q: q || undefined }), 250);

  const lines = useProductLines();
  const filters = portfolioFilters(search);
  const portfolio = usePortfolio(filters);
  const groups = usePortfolioGroups(search.group, filters);
  const rows = useMemo(
    () =>
      visibleRows(
        (portfolio.data?.pages ?? []).flatMap((page) => page.products ?? []).map(toPortfolioRow),
        search,
      ),
    [portfolio.data, search],
  );

  const exportCsv = () => {
    const url = URL.createObjectURL(new Blob([portfolioCsv(rows)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `portfolio${search.asOf ? `-as-of-${search.asOf}` : ''}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  const filtered = Boolean(search.line || search.stage || search.owner || search.mine || search.q);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Portfolio</Title>
        <Group>
          <ButtonLink
            to="/products/new"
            variant="light"
            disabled={!may.editCatalogue(session)}
            title={
              may.editCatalogue(session)
                ? undefined
                : 'Only a product manager or an administrator may register products'
            }
          >
            Register product
          </ButtonLink>
          <Button onClick={exportCsv} variant="default" disabled={rows.length === 0}>
            Export CSV
          </Button>
        </Group>
      </Group>
      {search.asOf && <AsOfBanner asOf={search.asOf} onToday={() => set({ asOf: undefined })} />}
      <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Portfolio filters">
        <TextInput
          label="Find"
          placeholder="Code or name"
          defaultValue={search.q ?? ''}
          onChange={(event) => setText(event.currentTarget.value)}
          w={200}
        />
        <Select
          label="Product line"
          placeholder="All lines"
          clearable
          data={(lines.data?.items ?? []).map((line) => ({ value: line.productLineId, label: line.name }))}
          value={search.line ?? null}
          onChange={(line) => set({ line: line ?? undefined })}
          w={200}
        />
        <Select
          label="Stage"
          placeholder="All stages"
          clearable
          data={stageOptions}
          value={search.stage ?? null}
          onChange={(stage) => set({ stage: (stage as PortfolioSearch['stage']) ?? undefined })}
          w={170}
        />
        <TextInput
          label="Owner"
          placeholder="Anyone"
          defaultValue={search.owner ?? ''}
          disabled={search.mine}
          onBlur={(event) => set({ owner: event.currentTarget.value.trim() || undefined })}
          onKeyDown={(event) => {
            if (event.key === 'Enter') set({ owner: event.currentTarget.value.trim() || undefined });
          }}
          w={150}
        />
        <Switch
          label="Mine"
          checked={Boolean(search.mine)}
          onChange={(event) => set({ mine: event.currentTarget.checked || undefined })}
          mb={8}
        />
        <TextInput
          label="As of"
          type="date"
          value={search.asOf?.slice(0, 10) ?? ''}
          max={new Date().toISOString().slice(0, 10)}
          onChange={(event) => set({ asOf: event.currentTarget.value || undefined })}
          w={170}
        />
        <Select
          label="Group by"
          placeholder="No grouping"
          clearable
          data={[
            { value: 'line', label: 'Product line' },
            { value: 'stage', label: 'Stage' },
            { value: 'owner', label: 'Owner' },
          ]}
          value={search.group ?? null}
          onChange={(group) => set({ group: (group as PortfolioSearch['group']) ?? undefined })}
          w={160}
        />
        {filtered && (
          <Button
            variant="subtle"
            onClick={() =>
              set({ line: undefined, stage: undefined, owner: undefined, mine: undefined, q: undefined })
            }
          >
            Clear filters
          </Button>
        )}
      </Group>
      {search.group && groups.isError && (
        <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />
      )}
      {search.group && groups.data?.groups && (
        <PortfolioGroups groups={groups.data.groups} groupBy={search.group} />
      )}
      {portfolio.isError ? (
        <ErrorState error={portfolio.error} onRetry={() => void portfolio.refetch()} />
      ) : (
        <>
          <PortfolioTable
            rows={rows}
            loading={portfolio.isPending}
            sort={search.sort ?? 'name'}
            desc={Boolean(search.desc)}
            onSort={(sort: SortKey) =>
              set({ sort, desc: sort === (search.sort ?? 'name') ? !search.desc || undefined : undefined })
            }
          />
          {!portfolio.isPending && rows.length === 0 && (
            <Stack align="center" py="xl" gap="xs">
              <Text fw={600}>{filtered ? 'No product matches these filters' : 'No products yet'}</Text>
              <Text c="dimmed" size="sm">
                {filtered
                  ? 'Clear a filter to see more.'
                  : 'Register the first product to start the portfolio.'}
              </Text>
            </Stack>
          )}
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              {rows.length} product{rows.length === 1 ? '' : 's'} shown
              {portfolio.hasNextPage ? ' (more to load; sorting and “Find” apply to the loaded ones)' : ''}
            </Text>
            {portfolio.hasNextPage && (
              <Button
                variant="default"
                loading={portfolio.isFetchingNextPage}
                onClick={() => void portfolio.fetchNextPage()}
              >
                Load more
              </Button>
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
