/** How much work each analytics measure does; `--quick` shrinks every count to a smoke run. */
export interface AnalyticsBenchPlan {
  /** Timed runs of each ingest path (each followed by its COPY baseline); the median is reported. */
  readonly ingestTrials: number;
  /** Facts per `POST /facts` request (CSV and JSON); 50,000 is the most one request may carry. */
  readonly httpFactsPerRequest: number;
  /** Facts produced onto the ingest topic per Kafka trial. */
  readonly kafkaFacts: number;
  /** Products the ingested facts are spread over. */
  readonly ingestProducts: number;

  /** Read model seeded for the query measures (written straight into the tables, not ingested). */
  readonly products: number;
  readonly facts: number;
  readonly productsPerLine: number;
  /** Timed requests per query (after `queryWarmup` untimed ones) ... */
  readonly querySamples: number;
  readonly queryWarmup: number;
  /** ... unless sampling one query takes longer than this; then it stops at `queryMinSamples` or later. */
  readonly queryBudgetSeconds: number;
  readonly queryMinSamples: number;

  /** Products registered through the catalogue and then renamed round-robin by the timed commands. */
  readonly freshnessProducts: number;
  /** Events per second analytics consumes during the freshness measure (commands + filler events). */
  readonly freshnessEventRate: number;
  /** Rename commands per second through the catalogue's API, on a fixed schedule (open loop). */
  readonly freshnessCommandRate: number;
  /** Products the filler events (produced straight onto the catalogue topic) rename. */
  readonly fillerProducts: number;
  readonly freshnessSeconds: number;
}

/**
 * The plan for a run. `BENCH_ANALYTICS_EVENT_RATE` and `BENCH_ANALYTICS_COMMAND_RATE` override the freshness
 * rates (to find where freshness breaks down on a given machine); the published figures use the defaults.
 */
export function analyticsBenchPlan(quick: boolean, env: NodeJS.ProcessEnv = process.env): AnalyticsBenchPlan {
  const plan = sizedPlan(quick);
  return {
    ...plan,
    freshnessEventRate: Number(env.BENCH_ANALYTICS_EVENT_RATE) || plan.freshnessEventRate,
    freshnessCommandRate: Number(env.BENCH_ANALYTICS_COMMAND_RATE) || plan.freshnessCommandRate,
  };
}

function sizedPlan(quick: boolean): AnalyticsBenchPlan {
  return quick
    ? {
        ingestTrials: 1,
        httpFactsPerRequest: 5_000,
        kafkaFacts: 1_000,
        ingestProducts: 200,
        products: 1_000,
        facts: 50_000,
        productsPerLine: 200,
        querySamples: 20,
        queryWarmup: 3,
        queryBudgetSeconds: 15,
        queryMinSamples: 10,
        freshnessProducts: 50,
        freshnessEventRate: 500,
        freshnessCommandRate: 20,
        fillerProducts: 200,
        freshnessSeconds: 5,
      }
    : {
        ingestTrials: 3,
        httpFactsPerRequest: 50_000,
        kafkaFacts: 10_000,
        ingestProducts: 1_000,
        products: 10_000,
        facts: 1_000_000,
        productsPerLine: 200,
        querySamples: 100,
        queryWarmup: 5,
        queryBudgetSeconds: 90,
        queryMinSamples: 20,
        freshnessProducts: 200,
        freshnessEventRate: 500,
        freshnessCommandRate: 20,
        fillerProducts: 1_000,
        freshnessSeconds: 20,
      };
}
