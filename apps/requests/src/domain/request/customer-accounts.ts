import type { CustomerAccount } from '@product-ledger/contracts';

/** The accounts with each account id once (the first mention wins): an account is never counted twice. */
export function distinctAccounts(accounts: readonly CustomerAccount[]): CustomerAccount[] {
  const seen = new Set<string>();
  return accounts.filter((account) => !seen.has(account.accountId) && seen.add(account.accountId));
}

/** The accounts of `incoming` that `existing` does not hold yet. */
export function newAccounts(
  existing: readonly CustomerAccount[],
  incoming: readonly CustomerAccount[],
): CustomerAccount[] {
  const known = new Set(existing.map((account) => account.accountId));
  return distinctAccounts(incoming).filter((account) => !known.has(account.accountId));
}

/** Revenue-weighted demand: the annual revenue of the distinct accounts that want the request. */
export function demandOf(accounts: readonly CustomerAccount[]): number {
  return distinctAccounts(accounts).reduce((sum, account) => sum + account.revenue, 0);
}
