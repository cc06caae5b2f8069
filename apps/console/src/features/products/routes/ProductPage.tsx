import { AnchorLink } from '../../../components/links';
import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ConflictDialog, type ComparedField } from '../../../components/ConflictDialog';
import { ErrorState } from '../../../components/ErrorState';
import { kindLabels, marketLabels } from '../../../components/labels';
import { useApi } from '../../../lib/api/api-clients';
import type { ProductView } from '../../../lib/api/catalogue-client';
import { currentSession, may } from '../../../lib/auth/session';
import { useLifecycle, useProduct, useProductHistory } from '../api/use-product';
import { formProblem, useProductChange } from '../api/use-product-change';
import { HistoryList } from '../components/HistoryList';
import { LifecycleTimeline } from '../components/LifecycleTimeline';
import { OwnerForm } from '../components/OwnerForm';
import { ReviseProductForm, type Revision } from '../components/ReviseProductForm';
import { StakeholdersPanel } from '../components/StakeholdersPanel';
import { VersionsPanel } from '../components/VersionsPanel';

export const productTabs = ['overview', 'lifecycle', 'history'] as const;
type ProductTab = (typeof productTabs)[number];

/** `/products/:productId/:tab?`: one product, its forms, its lifecycle and its history. */
export function ProductPage() {
  const { productId, tab: tabParam } = useParams({ from: '/_app/products/$productId/{-$tab}' });
  const tab: ProductTab = (productTabs as readonly string[]).includes(tabParam ?? '')
    ? (tabParam as ProductTab)
    : 'overview';
  const navigate = useNavigate();
  const product = useProduct(productId);
  const lifecycle = useLifecycle(productId, tab === 'lifecycle');
  const history = useProductHistory(productId, tab === 'history');
  const { catalogue } = useApi();
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<{ comparison: ComparedField[] } | undefined>();
  // The revision the forms were opened at: writes send it as If-Match. A change made elsewhere (a live
  // notice refetches the product) does not reset what someone is typing; it shows a notice instead.
  const [openedRevision, setOpenedRevision] = useState<number | undefined>();
  const loadedRevision = product.data ? (product.data.revision ?? product.data.body.revision) : undefined;
  if (openedRevision === undefined && loadedRevision !== undefined) setOpenedRevision(loadedRevision);
  const reload = () =>
    void queryClient
      .fetchQuery({
        queryKey: ['product', productId],
        queryFn: () => catalogue.product(productId),
        staleTime: 0,
      })
      .then((latest) => setOpenedRevision(latest.revision ?? latest.body.revision));
  // On a conflict: load the current product and set it beside what the person tried to save.
  const onConflict = (yours: ComparedField[]) => {
    void queryClient
      .fetchQuery({
        queryKey: ['product', productId],
        queryFn: () => catalogue.product(productId),
        staleTime: 0,
      })
      .then(({ body }) =>
        setConflict({
          comparison: yours.map((field) => ({ ...field, current: currentValue(body, field.label) })),
        }),
      );
  };

  if (product.isPending) return <Skeleton height={300} />;
  if (product.isError) return <ErrorState error={product.error} onRetry={() => void product.refetch()} />;
  const { body: view } = product.data;
  const formRevision = openedRevision ?? loadedRevision ?? view.revision;

  return (
    <Stack gap="md">
      <div>
        <AnchorLink to="/portfolio" size="sm">
          ← Portfolio
        </AnchorLink>
        <Group gap="sm" mt={4}>
          <Title order={1}>{view.name}</Title>
          <Badge variant="outline" ff="monospace">
            {view.code}
          </Badge>
          {view.status === 'retired' && <Badge color="gray">Retired</Badge>}
        </Group>
        <Text c="dimmed" size="sm">
          {view.productLine.name ?? 'Unknown line'} · {kindLabels[view.kind]} · {marketLabels[view.market]} ·
          owned by {view.ownerId}
        </Text>
      </div>
      <Tabs
        value={tab}
        onChange={(next) =>
          void navigate({
            to: '/products/$productId/{-$tab}',
            params: { productId, tab: next === 'overview' ? undefined : (next ?? undefined) },
          })
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="lifecycle">Lifecycle</Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          {loadedRevision !== formRevision && !conflict && (
            <Alert color="blue" mb="md" title="Changed by someone else since you opened it">
              <Group justify="space-between">
                <Text size="sm">The forms below still show the version you opened.</Text>
                <Button size="xs" variant="light" onClick={reload}>
                  Reload
                </Button>
              </Group>
            </Alert>
          )}
          <ProductOverview
            key={formRevision}
            view={view}
            revision={formRevision}
            onConflict={onConflict}
            onSaved={reload}
          />
        </Tabs.Panel>
        <Tabs.Panel value="lifecycle" pt="md">
          {lifecycle.isPending ? (
            <Skeleton height={200} />
          ) : lifecycle.isError ? (
            <ErrorState error={lifecycle.error} onRetry={() => void lifecycle.refetch()} />
          ) : (
            <LifecycleTimeline lifecycle={lifecycle.data.lifecycle} history={lifecycle.data.history} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          {history.isPending ? (
            <Skeleton height={200} />
          ) : history.isError ? (
            <ErrorState error={history.error} onRetry={() => void history.refetch()} />
          ) : (
            <HistoryList entries={history.data.items} />
          )}
        </Tabs.Panel>
      </Tabs>
      <ConflictDialog
        opened={conflict !== undefined}
        comparison={conflict?.comparison ?? []}
        onClose={() => setConflict(undefined)}
        onReload={() => {
          setConflict(undefined);
          reload();
        }}
      />
    </Stack>
  );
}

function ProductOverview({
  view,
  revision,
  onConflict,
  onSaved,
}: {
  view: ProductView;
  revision: number;
  onConflict: (yours: ComparedField[]) => void;
  onSaved: () => void;
}) {
  const { catalogue } = useApi();
  const id = view.productId;
  const disabledReason = may.editCatalogue(currentSession())
    ? undefined
    : 'Only a product manager or an administrator may change products';
  const revise = useProductChange(
    id,
    (input: Partial<Revision>) => catalogue.reviseProduct(id, revision, input),
    'Changes saved',
    onSaved,
    (input) =>
      onConflict([
        ...(input.name !== undefined ? [{ label: 'Name', yours: input.name, current: '' }] : []),
        ...(input.description !== undefined
          ? [{ label: 'Description', yours: input.description, current: '' }]
          : []),
      ]),
  );
  const owner = useProductChange(
    id,
    (ownerId: string) => catalogue.assignOwner(id, revision, ownerId),
    'Owner assigned',
    onSaved,
    (ownerId) => onConflict([{ label: 'Owner', yours: ownerId, current: '' }]),
  );
  const addStakeholder = useProductChange(
    id,
    ({ personId, role }: { personId: string; role: ProductView['stakeholders'][number]['role'] }) =>
      catalogue.addStakeholder(id, revision, personId, role),
    'Stakeholder added',
    onSaved,
    () => onConflict([]),
  );
  const removeStakeholder = useProductChange(
    id,
    ({ personId, role }: { personId: string; role: ProductView['stakeholders'][number]['role'] }) =>
      catalogue.removeStakeholder(id, revision, personId, role),
    'Stakeholder removed',
    onSaved,
    () => onConflict([]),
  );
  const plan = useProductChange(
    id,
    (body: Parameters<typeof catalogue.planVersion>[2]) => catalogue.planVersion(id, revision, body),
    'Version planned',
    onSaved,
    (body) => onConflict([{ label: 'Versions', yours: `+ ${body.version}`, current: '' }]),
  );
  const release = useProductChange(
    id,
    (version: string) => catalogue.releaseVersion(id, revision, version),
    'Version released',
    onSaved,
    () => onConflict([]),
  );

  return (
    <Stack gap="lg">
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Description
        </Title>
        <ReviseProductForm
          initial={{ name: view.name, description: view.description }}
          disabledReason={disabledReason}
          saving={revise.isPending}
          problem={formProblem(revise.error)}
          onSave={(input) => revise.mutate(input)}
        />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Owner
        </Title>
        <OwnerForm
          ownerId={view.ownerId}
          disabledReason={disabledReason}
          saving={owner.isPending}
          problem={formProblem(owner.error)}
          onAssign={(ownerId) => owner.mutate(ownerId)}
        />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Stakeholders
        </Title>
        <StakeholdersPanel
          stakeholders={view.stakeholders}
          disabledReason={disabledReason}
          saving={addStakeholder.isPending || removeStakeholder.isPending}
          problem={formProblem(addStakeholder.error) ?? formProblem(removeStakeholder.error)}
          onAdd={(personId, role) => addStakeholder.mutate({ personId, role })}
          onRemove={(personId, role) => removeStakeholder.mutate({ personId, role })}
        />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          Versions
        </Title>
        <VersionsPanel
          versions={view.versions}
          disabledReason={disabledReason}
          saving={plan.isPending || release.isPending}
          problem={formProblem(plan.error) ?? formProblem(release.error)}
          onPlan={(body) => plan.mutate(body)}
          onRelease={(version) => release.mutate(version)}
        />
      </Card>
    </Stack>
  );
}

function currentValue(view: ProductView, label: string): string {
  switch (label) {
    case 'Name':
      return view.name;
    case 'Description':
      return view.description;
    case 'Owner':
      return view.ownerId;
    case 'Versions':
      return view.versions.map((version) => version.version).join(', ') || '—';
    default:
      return '';
  }
}
