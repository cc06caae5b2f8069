import type { TrialResult } from './tasks';

/** Prints one line per timed trial, numbered against the run's total, with the elapsed time. */
export class Progress {
  private done = 0;
  private readonly startedAt = Date.now();

  constructor(
    private readonly total: number,
    private readonly write: (line: string) => void,
  ) {}

  trial(measure: string, side: string, trial: number, trials: number, result: TrialResult): void {
    this.done++;
    const width = String(this.total).length;
    const elapsed = Math.round((Date.now() - this.startedAt) / 1000);
    this.write(
      `[${String(this.done).padStart(width)}/${this.total}] ${measure.padEnd(22)} ${side.padEnd(13)} ` +
        `trial ${trial + 1}/${trials}  ${Math.round(result.eventsPerSecond).toLocaleString('en-US').padStart(9)} events/s  ` +
        `${result.seconds.toFixed(2).padStart(6)} s  rss ${result.maxRssMb.toFixed(0).padStart(4)} MB  (${elapsed}s elapsed)`,
    );
  }

  note(line: string): void {
    this.write(line);
  }
}
