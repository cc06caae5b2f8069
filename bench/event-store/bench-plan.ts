/**
 * How much work each measure does. Append trials run for a fixed time; relay and projection trials move a
 * fixed number of events (sized so the slower side takes a few seconds on a busy 2-core machine).
 */
export interface AppendCase {
  /** Name in the results file, e.g. `append_batch100_w4`. */
  readonly measure: string;
  /** Events per append call. */
  readonly batch: number;
  /** Concurrent writers (each with its own connection from a pool of that size). */
  readonly writers: number;
  /** Length of each timed append trial. */
  readonly durationMs: number;
}

export interface BenchPlan {
  /** Timed runs per side and measure; sides are interleaved and the median is reported. */
  readonly trials: number;
  readonly appendCases: readonly AppendCase[];
  /** Each writer appends round-robin to this many streams of its own. */
  readonly streamsPerWriter: number;
  readonly relayEvents: number;
  /** Events per relay round = messages per raw producer send (the relay's default). */
  readonly relayBatchSize: number;
  readonly projectionEvents: number;
  /** Distinct streams in the relay and projection data (= rows of the projection's read model). */
  readonly streams: number;
  /** Partitions of every benchmark topic (the services' default). */
  readonly partitions: number;
}

const appendCases = (durationMs: number): AppendCase[] =>
  [1, 100].flatMap((batch) =>
    [1, 4, 16].map((writers) => ({
      measure: `append_batch${batch}_w${writers}`,
      batch,
      writers,
      durationMs,
    })),
  );

export function benchPlan(quick: boolean): BenchPlan {
  return quick
    ? {
        trials: 1,
        appendCases: appendCases(500),
        streamsPerWriter: 4,
        relayEvents: 2_000,
        relayBatchSize: 500,
        projectionEvents: 1_000,
        streams: 100,
        partitions: 3,
      }
    : {
        trials: 5,
        appendCases: appendCases(2_000),
        streamsPerWriter: 10,
        relayEvents: 15_000,
        relayBatchSize: 500,
        projectionEvents: 2_000,
        streams: 500,
        partitions: 3,
      };
}
