import type { TrialResult } from '../tasks';

export function now(): number {
  return performance.now();
}

export function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

export function trialResult(
  events: number,
  startedAt: number,
  endedAt: number,
  notes?: Record<string, number>,
): TrialResult {
  const seconds = (endedAt - startedAt) / 1000;
  return { events, seconds, eventsPerSecond: events / seconds, maxRssMb: peakRssMb(), notes };
}

/**
 * Resolves once `done()` holds, checking every 2 ms: fine enough for trials of a second or more, and cheap
 * next to the work being measured. Rejects after `timeoutMs` with `describe()` in the message.
 */
export function whenDone(done: () => boolean, describe: () => string, timeoutMs = 300_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (done()) return resolve(now());
      if (Date.now() > deadline) return reject(new Error(`timed out: ${describe()}`));
      setTimeout(check, 2);
    };
    check();
  });
}
