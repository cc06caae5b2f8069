/**
 * The one backoff of the project: exponential with full jitter (a random pause in
 * [0, min(maxDelayMs, baseDelayMs * 2^retry))), so that writers that collided do not collide again in step.
 * Every retry loop takes one of the named policies below.
 */
export interface RetryPolicy {
  /** Total attempts including the first (2 = one retry). */
  readonly attempts: number;
  /** The ceiling of the first pause; it doubles with every retry. */
  readonly baseDelayMs: number;
  /** The ceiling no pause goes over. */
  readonly maxDelayMs: number;
}

/**
 * A command that lost a race (a version conflict without If-Match, a deadlock between two commands locking
 * the same guard rows): it is decided again on the newer state. Merges lock two streams' rows and can
 * deadlock against each other repeatedly under load, hence ten attempts.
 */
export const commandRetry: RetryPolicy = { attempts: 10, baseDelayMs: 10, maxDelayMs: 1000 };

/** A consumer's handler that threw: retried in place before the message goes to the dead-letter topic. */
export const consumerRetry: RetryPolicy = { attempts: 3, baseDelayMs: 50, maxDelayMs: 5000 };

/**
 * A policy that writes to streams people also write to over HTTP (requests closed or delivered by policy):
 * a version conflict with a concurrent command is tried again for longer before it would be dead-lettered.
 */
export const policyRetry: RetryPolicy = { attempts: 8, baseDelayMs: 50, maxDelayMs: 2000 };

/** An `any` append outside a transaction that lost a race on version numbers: every round has a winner. */
export const appendRaceRetry: RetryPolicy = { attempts: 20, baseDelayMs: 1, maxDelayMs: 50 };

/** The pause before retry number `retry` (0 for the first retry). */
export function backoffDelay(retry: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(retry, 30));
  return Math.floor(Math.random() * ceiling);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A policy with the caller's overrides over a named default. */
export function retryPolicy(base: RetryPolicy, overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return {
    attempts: Math.max(1, overrides.attempts ?? base.attempts),
    baseDelayMs: overrides.baseDelayMs ?? base.baseDelayMs,
    maxDelayMs: overrides.maxDelayMs ?? base.maxDelayMs,
  };
}

/** Runs `work` until it succeeds, `retryable` says no, or the policy's attempts are spent. */
export async function retrying<T>(
  policy: RetryPolicy,
  retryable: (error: unknown) => boolean,
  work: (attempt: number) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt >= policy.attempts || !retryable(error)) throw error;
      await sleep(backoffDelay(attempt - 1, policy));
    }
  }
}
