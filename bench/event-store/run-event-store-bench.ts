import { uniqueName } from '@product-ledger/testing';
import { createBenchDatabase } from './bench-database';
import { benchPlan, type BenchPlan } from './bench-plan';
import { benchSettings, type BenchSettings } from './bench-settings';
import { BenchTopics } from './bench-topics';
import { appendContenders } from './measures/append-contenders';
import { runAppendCase } from './measures/append-measures';
import type { BenchContext } from './measures/bench-context';
import { runProjectionMeasure } from './measures/projection-measure';
import { runRelayMeasure } from './measures/relay-measure';
import type { SideResults } from './measures/trial-runner';
import { Progress } from './progress';
import type { EventStoreBenchResults } from './results';
import { summarise } from './summarise';
import { benchKafka } from './workloads/bench-kafka';

/** The families of a full run, whose figures go to bench/results/event-store.json. */
export const publishedFamilies: readonly string[] = ['append', 'relay', 'projection'];

export interface EventStoreBenchOptions {
  /** Small counts, one trial per side: a smoke run of every measure in well under two minutes. */
  readonly quick?: boolean;
  /**
   * Measure families to run: 'append', 'relay', 'projection' (default: all three).
   */
  readonly only?: readonly string[];
  /** Overrides the plan's trials per side. */
  readonly trials?: number;
  /** Progress lines; default stdout. */
  readonly log?: (line: string) => void;
  readonly settings?: BenchSettings;
}

export interface EventStoreBenchRun {
  readonly results: EventStoreBenchResults;
  /** Every trial of every side, by measure. */
  readonly trials: Record<string, SideResults>;
  readonly plan: BenchPlan;
  readonly startedAt: string;
  readonly finishedAt: string;
}

/**
 * The event store benchmark: our append, relay and consumer against Emmett, the database bound and raw
 * kafkajs, on the same PostgreSQL server (a throwaway database, dropped at the end) and the same broker
 * (which must be running: `node infra/kafka/kafka.mjs start`).
 */
export async function runEventStoreBench(options: EventStoreBenchOptions = {}): Promise<EventStoreBenchRun> {
  const settings = options.settings ?? benchSettings();
  const defaultPlan = benchPlan(options.quick ?? false);
  const plan = options.trials ? { ...defaultPlan, trials: options.trials } : defaultPlan;
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const families = options.only ?? publishedFamilies;
  const wanted = (family: string): boolean => families.includes(family);
  const startedAt = new Date().toISOString();

  const kafka = benchKafka(settings.brokers, 'bench-orchestrator');
  await assertBrokerAnswers(kafka, settings);
  const trialsPerRound =
    (wanted('append') ? plan.appendCases.length * appendContenders.length : 0) +
    (wanted('relay') ? 2 : 0) +
    (wanted('projection') ? 3 : 0);
  const progress = new Progress(trialsPerRound * plan.trials, log);
  const db = await createBenchDatabase(settings.serverUrl);
  const topics = new BenchTopics(kafka);
  const cleanUp = async (): Promise<void> => {
    await topics.deleteAll();
    await db.drop();
  };
  const onSignal = (): void => {
    log('interrupted: dropping the bench database and topics ...');
    cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  log(
    `database ${db.name}, broker ${settings.brokers.join(',')}, ${plan.trials} trial(s) per side, interleaved`,
  );

  const ctx: BenchContext = { settings, plan, db, kafka, topics, progress, runTag: uniqueName('bench') };
  const trials: Record<string, SideResults> = {};
  try {
    if (wanted('append')) {
      for (const appendCase of plan.appendCases) {
        trials[appendCase.measure] = await runAppendCase(ctx, appendCase, appendContenders);
      }
    }
    if (wanted('relay')) trials.relay = await runRelayMeasure(ctx);
    if (wanted('projection')) trials.projection = await runProjectionMeasure(ctx);
  } finally {
    process.removeListener('SIGINT', onSignal);
    await cleanUp();
  }
  return { results: summarise(plan, trials), trials, plan, startedAt, finishedAt: new Date().toISOString() };
}

async function assertBrokerAnswers(
  kafka: ReturnType<typeof benchKafka>,
  settings: BenchSettings,
): Promise<void> {
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.listTopics();
  } catch (error) {
    throw new Error(
      `no Kafka broker answers on ${settings.brokers.join(',')} (${(error as Error).message}); ` +
        'start one with `node infra/kafka/kafka.mjs start` or use `npm run bench`, which does',
    );
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}
