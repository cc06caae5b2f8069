import { AnchorLink } from '../../../components/links';
import { Alert, Button, Card, Group, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { kindLabels, marketLabels, stageOptions } from '../../../components/labels';
import { useApi } from '../../../lib/api/api-clients';
import { ApiProblem } from '../../../lib/api/api-problem';
import type { ProductKind, ProductMarket, RegisterProductBody } from '../../../lib/api/catalogue-client';
import { currentSession, may } from '../../../lib/auth/session';
import { useProductLines } from '../../portfolio/api/use-portfolio';

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** `/products/new`: register a product; the API's complaints land on the fields they concern. */
export function RegisterProductPage() {
  const { catalogue } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const lines = useProductLines();
  const session = currentSession();
  const [form, setForm] = useState({
    code: '',
    name: '',
    description: '',
    productLineId: '',
    kind: 'software',
    market: 'b2b',
    ownerId: session?.subject ?? '',
    initialStage: '',
  });
  const set = (field: keyof typeof form) => (value: string | null) =>
    setForm((previous) => ({ ...previous, [field]: value ?? '' }));
  const register = useMutation({
    mutationFn: () =>
      catalogue.registerProduct({
        code: form.code.trim(),
        name: form.name.trim(),
        description: form.description,
        productLineId: form.productLineId,
        kind: form.kind as ProductKind,
        market: form.market as ProductMarket,
        ownerId: form.ownerId.trim(),
        ...(form.initialStage
          ? { initialStage: form.initialStage as RegisterProductBody['initialStage'] }
          : {}),
      }),
    onSuccess: async (product) => {
      await queryClient.invalidateQueries({ queryKey: ['portfolio'] });
      void navigate({
        to: '/products/$productId/{-$tab}',
        params: { productId: (product as { productId: string }).productId },
      });
    },
  });
  const problem = register.error instanceof ApiProblem ? register.error : undefined;
  const disabledReason = may.editCatalogue(session)
    ? undefined
    : 'Only a product manager or an administrator may register products';
  const noLines = lines.isSuccess && lines.data.items.length === 0;

  return (
    <Stack maw={720}>
      <AnchorLink to="/portfolio" size="sm">
        ← Portfolio
      </AnchorLink>
      <Title order={1}>Register a product</Title>
      {noLines && (
        <Alert color="blue">
          There is no product line yet. <AnchorLink to="/product-lines/new">Create a product line</AnchorLink>{' '}
          first.
        </Alert>
      )}
      <Card withBorder>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            register.mutate();
          }}
        >
          <Stack gap="sm">
            <Group grow align="flex-start">
              <TextInput
                label="Code"
                description="Unique, e.g. CRM"
                required
                value={form.code}
                onChange={(e) => set('code')(e.currentTarget.value)}
                error={problem?.fieldError('code')}
              />
              <TextInput
                label="Name"
                required
                value={form.name}
                onChange={(e) => set('name')(e.currentTarget.value)}
                error={problem?.fieldError('name')}
              />
            </Group>
            <Textarea
              label="Description"
              autosize
              minRows={2}
              value={form.description}
              onChange={(e) => set('description')(e.currentTarget.value)}
              error={problem?.fieldError('description')}
            />
            <Select
              label="Product line"
              required
              placeholder="Pick a line"
              data={(lines.data?.items ?? []).map((line) => ({
                value: line.productLineId,
                label: line.name,
              }))}
              value={form.productLineId || null}
              onChange={set('productLineId')}
              error={problem?.fieldError('productLineId')}
            />
            <Group grow align="flex-start">
              <Select
                label="Kind"
                required
                data={options(kindLabels)}
                value={form.kind}
                onChange={set('kind')}
                error={problem?.fieldError('kind')}
                allowDeselect={false}
              />
              <Select
                label="Market"
                required
                data={options(marketLabels)}
                value={form.market}
                onChange={set('market')}
                error={problem?.fieldError('market')}
                allowDeselect={false}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label="Owner"
                description="The accountable product manager"
                required
                value={form.ownerId}
                onChange={(e) => set('ownerId')(e.currentTarget.value)}
                error={problem?.fieldError('ownerId')}
              />
              <Select
                label="Starts at stage"
                description="For a product that already exists"
                clearable
                placeholder="Innovation"
                data={stageOptions.filter((stage) => !['withdrawn', 'killed'].includes(stage.value))}
                value={form.initialStage || null}
                onChange={set('initialStage')}
                error={problem?.fieldError('initialStage')}
              />
            </Group>
            {problem && problem.errors.length === 0 && (
              <Alert color="red" title={problem.title} role="alert">
                {problem.detail}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={register.isPending}
                disabled={Boolean(disabledReason)}
                title={disabledReason}
              >
                Register product
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
