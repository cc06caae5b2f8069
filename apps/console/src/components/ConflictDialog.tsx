import { Button, Group, Modal, Table, Text } from '@mantine/core';
import { useState } from 'react';

export interface ComparedField {
  label: string;
  yours: string;
  current: string;
}

/**
 * If-Match failed: the thing changed since the form was opened. The person reloads (their edit is
 * dropped, the form shows the current values) or compares their values with the current ones first.
 */
export function ConflictDialog({
  opened,
  comparison,
  onReload,
  onClose,
}: {
  opened: boolean;
  comparison: ComparedField[];
  onReload: () => void;
  onClose: () => void;
}) {
  const [comparing, setComparing] = useState(false);
  return (
    <Modal opened={opened} onClose={onClose} title="Changed by someone else" centered>
      <Text size="sm">
        Someone else changed this product since you opened it, so your change was not saved. Reload to see the
        current version, or compare it with yours.
      </Text>
      {comparing && (
        <Table mt="md" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Field</Table.Th>
              <Table.Th>Yours</Table.Th>
              <Table.Th>Now</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.map((field) => (
              <Table.Tr key={field.label}>
                <Table.Td>{field.label}</Table.Td>
                <Table.Td>{field.yours}</Table.Td>
                <Table.Td>{field.current}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="flex-end" mt="lg">
        {!comparing && comparison.length > 0 && (
          <Button variant="default" onClick={() => setComparing(true)}>
            Compare
          </Button>
        )}
        <Button
          onClick={() => {
            setComparing(false);
            onReload();
          }}
        >
          Reload
        </Button>
      </Group>
    </Modal>
  );
}
