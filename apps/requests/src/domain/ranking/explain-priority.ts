import type { DemandPart, RicePart, StrategicFitPart } from './priority-breakdown';

/** Plain numbers: at most two decimals, no locale, so explanations read the same everywhere. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function explainRice(rice: RicePart): string {
  if (rice.value === null) return `RICE not scored yet: 0 of ${rice.weight} points`;
  return (
    `RICE ${formatNumber(rice.value)} (reach ${formatNumber(rice.reach!)} × impact ${formatNumber(rice.impact!)} × ` +
    `confidence ${formatNumber(rice.confidence!)} ÷ effort ${formatNumber(rice.effort!)}) is ${percent(rice.share)} of ` +
    `the product's best (${formatNumber(rice.best)}): ${formatNumber(rice.points)} of ${rice.weight} points`
  );
}

function explainDemand(demand: DemandPart): string {
  if (demand.accountCount === 0) return `no customer account asks for it: 0 of ${demand.weight} points`;
  const names = demand.accounts.map((account) => account.name).join(', ');
  const accounts = demand.accountCount === 1 ? '1 account' : `${demand.accountCount} accounts`;
  return (
    `demand ${formatNumber(demand.value)} in annual revenue from ${accounts} (${names}) is ${percent(demand.share)} of ` +
    `the product's best (${formatNumber(demand.best)}): ${formatNumber(demand.points)} of ${demand.weight} points`
  );
}

function explainFit(fit: StrategicFitPart): string {
  if (fit.value === null) return `strategic fit not scored yet: 0 of ${fit.weight} points`;
  return `strategic fit ${fit.value} of ${fit.max}: ${formatNumber(fit.points)} of ${fit.weight} points`;
}

/** One sentence per part, then the total: what a product manager reads out to Sales. */
export function explainPriority(
  priority: number,
  rice: RicePart,
  demand: DemandPart,
  fit: StrategicFitPart,
  rhino: boolean,
): string {
  const parts = [explainRice(rice), explainDemand(demand), explainFit(fit)].join('; ');
  const rhinoNote = rhino ? ' RHiNO: one account drives it with a deal above the threshold.' : '';
  return `Priority ${formatNumber(priority)} of 100: ${parts}.${rhinoNote}`;
}
