import type { MetricFact } from '@product-ledger/contracts';
import type { PoolClient } from 'pg';
import { classifyFacts, type FactOutcome } from '../../domain/facts/classify-facts';
import { lockFactsForIngest } from '../../persistence/facts/ingest-lock';
import { refreshRollups } from '../../persistence/facts/performance-rollups';
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
  if (facts.length === 0) return [];
  const recordedAt = await lockFactsForIngest(client);
  const stored = await storedFactContents(client, facts);
  const { outcomes, writes } = classifyFacts(stored, facts);
  const touched = await writeFacts(client, writes, recordedAt, channel);
  await refreshRollups(client, touched);
  return outcomes;
}
