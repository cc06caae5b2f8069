import { expect, test } from '@playwright/test';
import { apiAs, signIn, unique } from './support/console';

// A product passes its first gate; the portfolio as of a moment before the decision still shows it in
// innovation, today's shows it in analysis, and the lifecycle tab shows the decision.
test('the as-of view before and after a gate decision', async ({ page }) => {
  const pm = unique('pm').toLowerCase();
  const api = await apiAs(pm);
  const contributor = await apiAs(unique('contrib').toLowerCase(), ['contributor']);
  const gatekeeper = await apiAs(unique('gk').toLowerCase(), ['gatekeeper']);
  const line = await api.createLine(unique('Gate line '));
  const name = unique('Gated ');
  const { productId } = await api.registerProduct({
    code: unique('G'),
    name,
    productLineId: line.productLineId,
  });
  const lifecycleId = await api.lifecycleOf(productId);
  await api.portfolioHas(productId, line.productLineId);
  const beforeGate = new Date().toISOString();

  for (const activity of ['customer-proposition', 'prioritise-ideas']) {
    await contributor.call('POST', `/lifecycle/lifecycles/${lifecycleId}/activities/${activity}/completion`, {
      note: 'done',
    });
  }
  const { reviewId } = await api.call<{ reviewId: string }>(
    'POST',
    `/lifecycle/lifecycles/${lifecycleId}/gate-reviews`,
    { toStage: 'analysis' },
  );
  for (const criterionId of ['proposition-described', 'idea-prioritised']) {
    await api.call('POST', `/lifecycle/gate-reviews/${reviewId}/assessments`, {
      criterionId,
      met: true,
      evidence: 'seen',
    });
  }
  await gatekeeper.call('POST', `/lifecycle/gate-reviews/${reviewId}/decision`, {
    decision: 'go',
    rationale: 'Worth a closer look',
    conditions: [],
  });

  // Analytics takes the decision in through Kafka; the page is opened once it has.
  await expect
    .poll(
      async () => {
        const report = await api.call<{ products?: { productId: string; stage: string }[] }>(
          'GET',
          `/analytics/analytics/portfolio?lineId=${line.productLineId}`,
        );
        return report.products?.find((product) => product.productId === productId)?.stage;
      },
      { timeout: 60_000 },
    )
    .toBe('analysis');

  await signIn(page, pm);
  const row = page.getByRole('row').filter({ hasText: name });
  await page.goto(`/portfolio?line=${line.productLineId}`);
  await expect(row).toContainText('Analysis');

  await page.goto(`/portfolio?line=${line.productLineId}&asOf=${encodeURIComponent(beforeGate)}`);
  await expect(page.getByRole('status').filter({ hasText: 'The portfolio as it stood at' })).toBeVisible();
  await expect(row).toContainText('Innovation');

  await row.getByRole('link', { name }).click();
  await page.getByRole('tab', { name: 'Lifecycle' }).click();
  await expect(page.getByText('Gate into Analysis: Go')).toBeVisible();
  await expect(page.getByText('Worth a closer look')).toBeVisible();
});
