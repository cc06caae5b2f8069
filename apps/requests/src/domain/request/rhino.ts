import type { CustomerAccount } from '@product-ledger/contracts';

/**
 * A RHiNO ("really high-value new opportunity"): one account drives the request and its deal is worth
 * more than the threshold. Once other accounts want it too, it is no longer one customer's wish.
 */
export function isRhino(accounts: readonly CustomerAccount[], dealValue: number, threshold: number): boolean {
  return accounts.length === 1 && dealValue > threshold;
}

/** Default of REQUESTS_RHINO_THRESHOLD. */
export const defaultRhinoThreshold = 250_000;
