import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { formatDate } from '../../../components/labels';
import type { ApiProblem } from '../../../lib/api/api-problem';
import type { PlanVersionBody, ProductView } from '../../../lib/api/catalogue-client';

/** The product's versions with target and release dates; plan a new one, release a planned one. */
export function VersionsPanel({
  versions,
  disabledReason,
  saving,
  problem,
  onPlan,
  onRelease,
}: {
  versions: ProductView['versions'];
  disabledReason?: string;
  saving: boolean;
  problem?: ApiProblem;
  onPlan: (plan: PlanVersionBody) => void;
  onRelease: (version: string) => void;
}) {
  const [version, setVersion] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [scope, setScope] = useState('');
  return (
    <Stack gap="sm">
      {versions.length === 0 ? (
        <Text c="dimmed" size="sm">
          No versions planned yet.
        </Text>
      ) : (
        <Table aria-label="Versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Scope</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th>Released</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((entry) => (
              <Table.Tr key={entry.version}>
                <Table.Td>{entry.version}</Table.Td>
                <Table.Td>{entry.scope}</Table.Td>
                <Table.Td>{formatDate(entry.targetDate)}</Table.Td>
                <Table.Td>
                  {entry.status === 'released' ? (
                    <Badge color="green">{formatDate(entry.releasedAt)}</Badge>
                  ) : (
                    <Badge variant="light">Planned</Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {entry.status === 'planned' && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      disabled={Boolean(disabledReason) || saving}
                      title={disabledReason}
                      onClick={() => onRelease(entry.version)}
                    >
                      Release {entry.version}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        aria-label="Plan a version"
        onSubmit={(event) => {
          event.preventDefault();
          onPlan({ version: version.trim(), targetDate, scope: scope.trim() });
        }}
      >
        <Group align="flex-start">
          <TextInput
            label="Version"
            placeholder="1.4.0"
            value={version}
            onChange={(e) => setVersion(e.currentTarget.value)}
            error={problem?.fieldError('version')}
            disabled={Boolean(disabledReason)}
            w={120}
          />
          <TextInput
            label="Target date"
            type="date"
            value={targetDate}
            onChange={(e) => setTargetDate(e.currentTarget.value)}
            error={problem?.fieldError('targetDate')}
            disabled={Boolean(disabledReason)}
          />
          <TextInput
            label="Scope"
            value={scope}
            onChange={(e) => setScope(e.currentTarget.value)}
            error={problem?.fieldError('scope')}
            disabled={Boolean(disabledReason)}
            style={{ flex: 1 }}
          />
          <Button
            type="submit"
            mt={25}
            loading={saving}
            disabled={Boolean(disabledReason)}
            title={disabledReason}
          >
            Plan version
          </Button>
        </Group>
        {problem && problem.errors.length === 0 && (
          <Text c="red" size="sm" mt="xs" role="alert">
            {problem.detail ?? problem.title}
          </Text>
        )}
      </form>
    </Stack>
  );
}
