import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ApiProblem } from '../../../lib/api/api-problem';

/** Hands the product to another accountable product manager. */
export function OwnerForm({
  ownerId,
  disabledReason,
  saving,
  problem,
  onAssign,
}: {
  ownerId: string;
  disabledReason?: string;
  saving: boolean;
  problem?: ApiProblem;
  onAssign: (ownerId: string) => void;
}) {
  const [owner, setOwner] = useState(ownerId);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onAssign(owner.trim());
      }}
    >
      <Group align="flex-end">
        <TextInput
          label="Owner"
          value={owner}
          onChange={(e) => setOwner(e.currentTarget.value)}
          error={
            problem?.fieldError('ownerId') ??
            (problem && problem.errors.length === 0 ? problem.detail : undefined)
          }
          disabled={Boolean(disabledReason)}
        />
        <Button
          type="submit"
          variant="light"
          loading={saving}
          disabled={owner.trim() === ownerId || !owner.trim() || Boolean(disabledReason)}
          title={disabledReason}
        >
          Assign owner
        </Button>
      </Group>
    </form>
  );
}
