import { encodeCloudEvent } from '@product-ledger/event-store';
import { CompressionTypes } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { AnalyticsBenchContext, MeasureOutput } from '../bench-context';
import { benchFacts, benchProductIds, CSV_HEADER, factsCsv, factsJson, type BenchFact } from '../bench-facts';
import { copyFromStdin } from '../copy-from-stdin';
import { timedRequest } from '../http';
import { median, ratio, round } from '../stats';

const BASELINE_TABLE = 'bench_baseline.copied_facts';
const KAFKA_SEND_BATCH = 1_000;

type Path = 'csv' | 'json' | 'kafka';

interface Trial {
  readonly path: Path;
  readonly facts: number;
  readonly oursSeconds: number;
  readonly copySeconds: number;
}

/**
 * Facts per second into analytics through each ingest path, against `COPY` of the same rows into a plain
 * table with the reported columns (no index, no constraint: what PostgreSQL takes at best). Each trial
 * ingests new facts (new identities: every row is accepted, none is a duplicate), then the baseline copies
 * the same rows as CSV. Ingest runs against the service's real tables, before the query measures seed them.
 */
export async function runIngestMeasures(ctx: AnalyticsBenchContext): Promise<MeasureOutput> {
  const { plan, env, analytics } = ctx;
  const pool = env.analyticsDb.pool;
  await pool.query(`
    CREATE SCHEMA bench_baseline;
    CREATE TABLE ${BASELINE_TABLE} (
      product_id uuid, version text, metric text, period text, value numeric, unit text, source text, external_id text
    )`);
  const products = benchProductIds(plan.ingestProducts);
  const now = new Date();
  const headers = await env.auth('integration');
  const trials: Trial[] = [];

  const copyBaseline = async (facts: readonly BenchFact[]): Promise<number> => {
    const body = factsCsv(facts);
    const client = await pool.connect();
    try {
      await client.query(`TRUNCATE ${BASELINE_TABLE}`);
      const started = performance.now();
      const copied = await copyFromStdin(
        client,
        `COPY ${BASELINE_TABLE} (product_id, version, metric, period, value, unit, source, external_id) FROM STDIN WITH (FORMAT csv, HEADER true)`,
        body,
      );
      const seconds = (performance.now() - started) / 1000;
      if (copied !== facts.length) throw new Error(`COPY baseline: ${copied} rows, expected ${facts.length}`);
      return seconds;
    } finally {
      client.release();
    }
  };

  const postFacts = async (path: 'csv' | 'json', facts: readonly BenchFact[]): Promise<number> => {
    const body = path === 'csv' ? factsCsv(facts) : factsJson(facts);
    const answer = await timedRequest(`${analytics.baseUrl}/facts`, {
      method: 'POST',
      headers: { ...headers, 'content-type': path === 'csv' ? 'text/csv' : 'application/json' },
      body,
    });
    if (answer.status !== 200)
      throw new Error(`POST /facts (${path}): ${answer.status} ${answer.text.slice(0, 500)}`);
    const summary = JSON.parse(answer.text) as { accepted: number; rejected: unknown[] };
    if (summary.accepted !== facts.length || summary.rejected.length > 0)
      throw new Error(`POST /facts (${path}): ${answer.text.slice(0, 500)}`);
    return answer.ms / 1000;
  };

  const produceFacts = async (facts: readonly BenchFact[]): Promise<number> => {
    const source = facts[0].source;
    const producer = env.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    try {
      const messages = facts.map((fact) => {
        const encoded = encodeCloudEvent(
          {
            streamId: `${fact.source}:${fact.externalId}`,
            streamVersion: 1,
            globalPosition: '0',
            transactionId: '0',
            eventId: randomUUID(),
            type: 'MetricFactReported',
            schemaVersion: 1,
            data: fact as unknown as Record<string, unknown>,
            metadata: {},
            recordedAt: new Date(),
          },
          env.topics.metricsIngest,
          'product-ledger/bench',
        );
        return { key: encoded.key, value: encoded.value, headers: encoded.headers };
      });
      // The clock runs from the first send until analytics has stored the last fact.
      const started = performance.now();
      for (let from = 0; from < messages.length; from += KAFKA_SEND_BATCH) {
        await producer.send({
          topic: env.topics.metricsIngest,
          acks: -1,
          compression: CompressionTypes.None,
          messages: messages.slice(from, from + KAFKA_SEND_BATCH),
        });
      }
      const producedSeconds = (performance.now() - started) / 1000;
      const deadline = Date.now() + Math.max(180_000, facts.length * 20);
      let stored = 0;
      let lastReport = Date.now();
      while (stored < facts.length) {
        if (Date.now() > deadline)
          throw new Error(`Kafka ingest: ${stored} of ${facts.length} facts stored before the deadline`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        const { rows } = await pool.query<{ n: string }>(
          `SELECT count(*)::text AS n FROM facts WHERE source = $1`,
          [source],
        );
        stored = Number(rows[0].n);
        if (Date.now() - lastReport > 5_000) {
          lastReport = Date.now();
          ctx.log(
            `    kafka: ${stored.toLocaleString('en-US')} / ${facts.length.toLocaleString('en-US')} stored ...`,
          );
        }
      }
      const seconds = (performance.now() - started) / 1000;
      ctx.log(
        `    kafka: produced in ${producedSeconds.toFixed(2)} s, all stored after ${seconds.toFixed(2)} s`,
      );
      return seconds;
    } finally {
      await producer.disconnect();
    }
  };

  const run = async (path: Path, trial: number) => {
    const count = path === 'kafka' ? plan.kafkaFacts : plan.httpFactsPerRequest;
    const facts = benchFacts(count, products, `bench-${path}-${trial + 1}`, now);
    const oursSeconds = path === 'kafka' ? await produceFacts(facts) : await postFacts(path, facts);
    const copySeconds = await copyBaseline(facts);
    trials.push({ path, facts: count, oursSeconds, copySeconds });
    ctx.log(
      `  ingest ${path.padEnd(5)} trial ${trial + 1}/${plan.ingestTrials}: ${count.toLocaleString('en-US')} facts, ` +
        `${Math.round(count / oursSeconds).toLocaleString('en-US')} facts/s (${oursSeconds.toFixed(2)} s); ` +
        `COPY ${Math.round(count / copySeconds).toLocaleString('en-US')} rows/s (${copySeconds.toFixed(3)} s)`,
    );
  };

  for (let trial = 0; trial < plan.ingestTrials; trial++) {
    for (const path of ['csv', 'json', 'kafka'] as const) await run(path, trial);
  }

  const entry = (path: Path) => {
    const mine = trials.filter((t) => t.path === path);
    const ours = Math.round(median(mine.map((t) => t.facts / t.oursSeconds)));
    const baseline = Math.round(median(mine.map((t) => t.facts / t.copySeconds)));
    return { ours, baseline, ratio: ratio(ours, baseline), unit: 'facts/s' };
  };
  return {
    results: {
      ingest_http_csv: entry('csv'),
      ingest_http_json: entry('json'),
      ingest_kafka: entry('kafka'),
    },
    details: {
      baseline: `COPY ${BASELINE_TABLE} FROM STDIN (CSV: ${CSV_HEADER}), plain table, no index`,
      trials: trials.map((t) => ({
        ...t,
        oursSeconds: round(t.oursSeconds, 3),
        copySeconds: round(t.copySeconds, 3),
      })),
    },
  };
}
