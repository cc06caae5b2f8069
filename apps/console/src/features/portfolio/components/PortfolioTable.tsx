import { AnchorLink } from '../../../components/links';
import { Skeleton, Table, Text, UnstyledButton } from '@mantine/core';
import type { SortKey } from '../portfolio-search';
import { portfolioColumns, type PortfolioRow } from '../portfolio-view';

const sortable: Partial<Record<keyof PortfolioRow, SortKey>> = {
  code: 'code',
  name: 'name',
  line: 'line',
  owner: 'owner',
  stage: 'stage',
  openRequests: 'openRequests',
  revenue: 'revenue',
  nps: 'nps',
};

/** The portfolio, one product a row; column headers sort, the name opens the product. */
export function PortfolioTable({
  rows,
  loading,
  sort,
  desc,
  onSort,
}: {
  rows: PortfolioRow[];
  loading: boolean;
  sort: SortKey;
  desc: boolean;
  onSort: (sort: SortKey) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover stickyHeader aria-label="Portfolio">
        <Table.Thead>
          <Table.Tr>
            {portfolioColumns.map((column) => {
              const key = sortable[column.key];
              const active = key === sort;
              return (
                <Table.Th
                  key={column.key}
                  aria-sort={active ? (desc ? 'descending' : 'ascending') : undefined}
                >
                  {key ? (
                    <UnstyledButton onClick={() => onSort(key)} fw={600} fz="sm">
                      {column.label}
                      {active ? (desc ? ' ↓' : ' ↑') : ''}
                    </UnstyledButton>
                  ) : (
                    column.label
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading &&
            Array.from({ length: 8 }, (_, i) => (
              <Table.Tr key={`loading-${i}`} aria-hidden>
                {portfolioColumns.map((column) => (
                  <Table.Td key={column.key}>
                    <Skeleton height={14} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          {rows.map((row) => (
            <Table.Tr key={row.productId}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {row.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <AnchorLink to="/products/$productId/{-$tab}" params={{ productId: row.productId }}>
                  {row.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{row.line}</Table.Td>
              <Table.Td>{row.owner}</Table.Td>
              <Table.Td>{row.stage}</Table.Td>
              <Table.Td>{row.stageSince}</Table.Td>
              <Table.Td>{row.latestVersion}</Table.Td>
              <Table.Td>{row.openRequests}</Table.Td>
              <Table.Td>{row.acceptedRequests}</Table.Td>
              <Table.Td>{row.revenue}</Table.Td>
              <Table.Td>{row.activeCustomers}</Table.Td>
              <Table.Td>{row.nps}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
