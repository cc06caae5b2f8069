/**
 * Entry of a worker process: receives one BenchTask over IPC, runs it, replies with its TrialResult and
 * exits. Only the modules of the side under test are loaded, so the peak RSS is that side's.
 */
import type { BenchTask, TrialResult, WorkerReply } from './tasks';

async function runTask(task: BenchTask): Promise<TrialResult> {
  switch (task.kind) {
    case 'append':
      if (task.side === 'ours') return (await import('./workloads/append-ours')).runOursAppend(task);
      if (task.side === 'emmett') return (await import('./workloads/append-emmett')).runEmmettAppend(task);
      return (await import('./workloads/append-pg')).runPgAppend(task);
    case 'relay':
      if (task.side === 'ours') return (await import('./workloads/relay-ours')).runOursRelay(task);
      return (await import('./workloads/relay-kafkajs')).runKafkajsRelay(task);
    case 'projection':
      if (task.side === 'ours') return (await import('./workloads/projection-ours')).runOursProjection(task);
      if (task.side === 'kafkajs')
        return (await import('./workloads/projection-kafkajs')).runKafkajsProjection(task);
      return (await import('./workloads/projection-kafkajs-batched')).runKafkajsBatchedProjection(task);
  }
}

function reply(message: WorkerReply): void {
  // Exit once the reply is out: a lingering socket of a client library must not hold the run up.
  process.send?.(message, () => process.exit(message.ok ? 0 : 1));
}

process.once('message', (task: BenchTask) => {
  runTask(task).then(
    (result) => reply({ ok: true, result }),
    (error: Error) => reply({ ok: false, error: error.stack ?? String(error) }),
  );
});
