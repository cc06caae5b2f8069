import { ConcurrencyError, type RetryPolicy } from '@product-ledger/event-store';

/**
 * Runs `attempt` again after a ConcurrencyError, with exponential backoff and full jitter, up to the
 * policy's attempts. Used around a whole transaction (the core retries inside one only).
 */
export async function retryOnConcurrencyError<T>(
  policy: RetryPolicy | undefined,
  attempt: () => Promise<T>,
): Promise<T> {
  const attempts = Math.max(1, policy?.attempts ?? 1);
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || tried >= attempts) throw error;
      const ceiling = Math.min(policy?.maxDelayMs ?? 1000, (policy?.baseDelayMs ?? 10) * 2 ** (tried - 1));
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}
