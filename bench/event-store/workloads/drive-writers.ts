import { benchEvents, type BenchEvent } from '../sample-events';
import type { AppendTask, TrialResult } from '../tasks';
import { now, trialResult } from './trial-clock';

/** One side of the append comparison: appends `events` to `streamId`, whose version is `expectedVersion`. */
export interface StreamAppender {
  append(streamId: string, events: readonly BenchEvent[], expectedVersion: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * `writers` concurrent loops, each appending `batch` events per call round-robin over its own streams with
 * the exact expected version (what a command handler does), until the trial's time is up. The clock
 * stops when the last append in flight has returned; events/s = events appended / that time. A fixed
 * duration (rather than a fixed count) keeps the run's length the same on fast and slow machines. One
 * warm-up append per writer opens every pooled connection before the clock starts.
 */
export async function driveWriters(appender: StreamAppender, task: AppendTask): Promise<TrialResult> {
  const writerIds = Array.from({ length: task.writers }, (_, writer) => writer);
  await Promise.all(
    writerIds.map((writer) =>
      appender.append(`${task.runId}-warmup-${writer}`, benchEvents('warmup', 0, 1), 0),
    ),
  );

  let appended = 0;
  let deadline = 0;
  const writer = async (writerId: number): Promise<void> => {
    const versions = new Array<number>(task.streamsPerWriter).fill(0);
    for (let call = 0; now() < deadline; call++) {
      const slot = call % task.streamsPerWriter;
      const streamId = `${task.runId}-w${writerId}-s${slot}`;
      await appender.append(streamId, benchEvents(streamId, versions[slot], task.batch), versions[slot]);
      versions[slot] += task.batch;
      appended += task.batch;
    }
  };

  const startedAt = now();
  deadline = startedAt + task.durationMs;
  await Promise.all(writerIds.map(writer));
  const endedAt = now();
  await appender.close();
  return trialResult(appended, startedAt, endedAt);
}
