import { fork } from 'node:child_process';
import path from 'node:path';
import type { BenchTask, TrialResult, WorkerReply } from './tasks';

/**
 * Runs one task in a fresh Node process. Compiled (bench/run.mjs) the worker is a .js file next to this
 * one; run from TypeScript sources (e.g. under Jest) it is the .ts file, compiled on load by a small swc hook.
 */
export function runInWorker(task: BenchTask, timeoutMs = 600_000): Promise<TrialResult> {
  const fromSources = __filename.endsWith('.ts');
  const entry = path.join(__dirname, fromSources ? 'worker.ts' : 'worker.js');
  const execArgv = fromSources ? ['-r', path.resolve(__dirname, '../support/register-ts.cjs')] : [];
  const child = fork(entry, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise<TrialResult>((resolve, reject) => {
    let reply: WorkerReply | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${task.kind}/${task.side} worker did not finish within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('message', (message: WorkerReply) => (reply = message));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (reply?.ok) return resolve(reply.result);
      const why = reply && !reply.ok ? reply.error : `exited with ${signal ?? code} before replying`;
      reject(new Error(`${task.kind}/${task.side} worker failed: ${why}`));
    });
    child.send(task);
  });
}
