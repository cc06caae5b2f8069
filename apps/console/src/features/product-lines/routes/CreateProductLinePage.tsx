import { AnchorLink } from '../../../components/links';
import { Alert, Button, Card, Group, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useApi } from '../../../lib/api/api-clients';
import { ApiProblem } from '../../../lib/api/api-problem';
import { currentSession, may } from '../../../lib/auth/session';

/** `/product-lines/new`: a product line groups products (Collaboration, Payments…). */
export function CreateProductLinePage() {
  const { catalogue } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useMutation({
    mutationFn: () => catalogue.createProductLine({ name: name.trim(), description }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['product-lines'] });
      notifications.show({ message: `Product line ${name.trim()} created`, color: 'green' });
      void navigate({ to: '/products/new' });
    },
  });
  const problem = create.error instanceof ApiProblem ? create.error : undefined;
  const disabledReason = may.editCatalogue(currentSession())
    ? undefined
    : 'Only a product manager or an administrator may create product lines';
  return (
    <Stack maw={640}>
      <AnchorLink to="/portfolio" size="sm">
        ← Portfolio
      </AnchorLink>
      <Title order={1}>Create a product line</Title>
      <Card withBorder>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate();
          }}
        >
          <Stack gap="sm">
            <TextInput
              label="Name"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={problem?.fieldError('name')}
            />
            <Textarea
              label="Description"
              autosize
              minRows={2}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={problem?.fieldError('description')}
            />
            {problem && problem.errors.length === 0 && (
              <Alert color="red" title={problem.title} role="alert">
                {problem.detail}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={create.isPending}
                disabled={Boolean(disabledReason)}
                title={disabledReason}
              >
                Create product line
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
