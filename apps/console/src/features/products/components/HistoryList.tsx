import { Code, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../../components/labels';
import type { HistoryEntry } from '../../../lib/api/catalogue-client';
import { describeEvent } from '../history-words';

/** Every event of the product, newest first, in words; the raw event data behind a toggle. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const [raw, setRaw] = useState(false);
  const newestFirst = [...entries].sort((a, b) => b.revision - a.revision);
  return (
    <Stack gap="sm">
      <Switch
        label="Show raw event data"
        checked={raw}
        onChange={(event) => setRaw(event.currentTarget.checked)}
      />
      <Table aria-label="History">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>What</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {newestFirst.map((entry) => (
            <Table.Tr key={entry.eventId}>
              <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                {formatDateTime(entry.recordedAt)}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{describeEvent(entry)}</Text>
                {raw && (
                  <Code block mt={4}>
                    {JSON.stringify(
                      { type: entry.type, revision: entry.revision, actor: entry.actor, data: entry.data },
                      null,
                      2,
                    )}
                  </Code>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
