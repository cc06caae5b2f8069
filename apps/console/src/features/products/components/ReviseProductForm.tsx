import { Alert, Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ApiProblem } from '../../../lib/api/api-problem';

export interface Revision {
  name: string;
  description: string;
}

/** Name and description of a product; saved with the revision the form was opened at. */
export function ReviseProductForm({
  initial,
  disabledReason,
  saving,
  problem,
  onSave,
}: {
  initial: Revision;
  disabledReason?: string;
  saving: boolean;
  problem?: ApiProblem;
  onSave: (revision: Partial<Revision>) => void;
}) {
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description);
  const changed = name !== initial.name || description !== initial.description;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave({
          ...(name !== initial.name ? { name } : {}),
          ...(description !== initial.description ? { description } : {}),
        });
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={problem?.fieldError('name')}
          disabled={Boolean(disabledReason)}
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={problem?.fieldError('description')}
          disabled={Boolean(disabledReason)}
        />
        {problem && problem.errors.length === 0 && (
          <Alert color="red">{problem.detail ?? problem.title}</Alert>
        )}
        <Group>
          <Button
            type="submit"
            loading={saving}
            disabled={!changed || Boolean(disabledReason)}
            title={disabledReason}
          >
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
