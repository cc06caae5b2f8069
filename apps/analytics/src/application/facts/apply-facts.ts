import type { MetricFact } from '@product-ledger/contracts';
import type { PoolClient } from 'pg';
import { classifyFacts, type FactOutcome } from '../../domain/facts/classify-facts';
import { lockFactsForIngest } from '../../persistence/facts/ingest-lock';
import type { ProductMonth } from '../../persistence/facts/line-rollups';
import {
  productMonthKey,
  refreshRollups,
  refreshRollupSummaries,
} from '../../persistence/facts/performance-rollups';
import { storedFactContents } from '../../persistence/facts/stored-facts';
import { writeFacts } from '../../persistence/facts/write-facts';

/**
 * Ingests valid facts in the caller's transaction: classify against what is stored (duplicate, correction,
 * new), store what changed and bring the performance rollups of the touched buckets up to date. HTTP and
 * Kafka ingest both come through here.
 */
export async function applyFacts(
  client: PoolClient,
  facts: readonly MetricFact[],
  channel: 'http' | 'kafka',
): Promise<FactOutcome[]> {
  return applyFactChunks(client, [facts], channel);
}

/**
 * The same for facts that come in chunks (a large request, read chunk by chunk): each chunk is classified,
 * stored and rolled up in turn, in input order; what is summed up from the rollups (line months, portfolio
 * figures) is refreshed once, after the last chunk.
 */
export async function applyFactChunks(
  client: PoolClient,
  chunks: AsyncIterable<readonly MetricFact[]> | Iterable<readonly MetricFact[]>,
  channel: 'http' | 'kafka',
): Promise<FactOutcome[]> {
  const outcomes: FactOutcome[] = [];
  const touched = new Map<string, ProductMonth>();
  let recordedAt: string | undefined;
  for await (const facts of chunks) {
    if (facts.length === 0) continue;
    recordedAt ??= await lockFactsForIngest(client);
    const stored = await storedFactContents(client, facts);
    const classified = classifyFacts(stored, facts);
    const changes = await writeFacts(client, classified.writes, recordedAt, channel);
    for (const month of await refreshRollups(client, changes)) touched.set(productMonthKey(month), month);
    outcomes.push(...classified.outcomes);
  }
  if (touched.size > 0) await refreshRollupSummaries(client, [...touched.values()]);
  return outcomes;
}
