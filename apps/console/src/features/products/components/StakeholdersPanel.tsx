import { ActionIcon, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { stakeholderRoleLabels } from '../../../components/labels';
import type { ApiProblem } from '../../../lib/api/api-problem';
import type { ProductView, StakeholderRole } from '../../../lib/api/catalogue-client';

const roleOptions = Object.entries(stakeholderRoleLabels).map(([value, label]) => ({ value, label }));

/** Who else has a stake in the product, with add and remove. */
export function StakeholdersPanel({
  stakeholders,
  disabledReason,
  saving,
  problem,
  onAdd,
  onRemove,
}: {
  stakeholders: ProductView['stakeholders'];
  disabledReason?: string;
  saving: boolean;
  problem?: ApiProblem;
  onAdd: (personId: string, role: StakeholderRole) => void;
  onRemove: (personId: string, role: StakeholderRole) => void;
}) {
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<StakeholderRole | null>(null);
  return (
    <Stack gap="sm">
      {stakeholders.length === 0 ? (
        <Text c="dimmed" size="sm">
          No stakeholders yet.
        </Text>
      ) : (
        <Table aria-label="Stakeholders">
          <Table.Tbody>
            {stakeholders.map((stakeholder) => (
              <Table.Tr key={`${stakeholder.personId}/${stakeholder.role}`}>
                <Table.Td>{stakeholder.personId}</Table.Td>
                <Table.Td>{stakeholderRoleLabels[stakeholder.role]}</Table.Td>
                <Table.Td w={40}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${stakeholder.personId} (${stakeholderRoleLabels[stakeholder.role]})`}
                    disabled={Boolean(disabledReason) || saving}
                    title={disabledReason}
                    onClick={() => onRemove(stakeholder.personId, stakeholder.role)}
                  >
                    ×
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (role) onAdd(personId.trim(), role);
        }}
      >
        <Group align="flex-end">
          <TextInput
            label="Person"
            value={personId}
            onChange={(e) => setPersonId(e.currentTarget.value)}
            error={problem?.fieldError('personId')}
            disabled={Boolean(disabledReason)}
          />
          <Select
            label="Stakeholder role"
            data={roleOptions}
            value={role}
            onChange={(value) => setRole(value as StakeholderRole | null)}
            error={problem?.fieldError('role')}
            disabled={Boolean(disabledReason)}
          />
          <Button
            type="submit"
            variant="light"
            loading={saving}
            disabled={!personId.trim() || !role || Boolean(disabledReason)}
            title={disabledReason}
          >
            Add stakeholder
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
