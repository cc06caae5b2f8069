import { Table } from '@mantine/core';
import { stageLabels } from '../../../components/labels';
import type { PortfolioReport } from '../../../lib/api/analytics-client';

type Group = NonNullable<PortfolioReport['groups']>[number];
const text = (value: unknown) => (typeof value === 'string' ? value : null);
const number = (value: unknown) => (typeof value === 'number' ? value : null);

/** The portfolio added up per line, stage or owner: how many products, their requests and figures. */
export function PortfolioGroups({
  groups,
  groupBy,
}: {
  groups: Group[];
  groupBy: 'line' | 'stage' | 'owner';
}) {
  const heading = { line: 'Product line', stage: 'Stage', owner: 'Owner' }[groupBy];
  return (
    <Table striped aria-label={`Portfolio by ${heading.toLowerCase()}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{heading}</Table.Th>
          <Table.Th>Products</Table.Th>
          <Table.Th>Open requests</Table.Th>
          <Table.Th>Accepted requests</Table.Th>
          <Table.Th>Revenue (12 months)</Table.Th>
          <Table.Th>Active customers</Table.Th>
          <Table.Th>NPS</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {groups.map((group, index) => {
          const key = text(group.key);
          const label = text(group.label) ?? key ?? '—';
          return (
            <Table.Tr key={key ?? index}>
              <Table.Td>{groupBy === 'stage' && key ? (stageLabels[key] ?? label) : label}</Table.Td>
              <Table.Td>{group.products}</Table.Td>
              <Table.Td>{group.openRequests}</Table.Td>
              <Table.Td>{group.acceptedRequests}</Table.Td>
              <Table.Td>
                {group.revenueLast12Months.length
                  ? group.revenueLast12Months
                      .map((money) =>
                        money.amount.toLocaleString('en-GB', {
                          style: 'currency',
                          currency: money.currency,
                          maximumFractionDigits: 0,
                        }),
                      )
                      .join(' + ')
                  : '—'}
              </Table.Td>
              <Table.Td>{number(group.activeCustomers)?.toLocaleString('en-GB') ?? '—'}</Table.Td>
              <Table.Td>{number(group.nps) ?? '—'}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
