import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ServiceReply, ServiceRequest } from './service-messages';

export interface ServiceProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** Closes the app (consumers and relay stop, pool ends) and waits for the process to exit. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

/**
 * Starts a service in its own Node process. Compiled (bench/run.mjs) the entry is service-worker.js next to
 * this file; run from the TypeScript sources it is the .ts file, compiled on load by the bench's swc hook.
 */
export function startServiceProcess(request: ServiceRequest): Promise<ServiceProcess> {
  const fromSources = __filename.endsWith('.ts');
  const entry = path.join(__dirname, fromSources ? 'service-worker.ts' : 'service-worker.js');
  const execArgv = fromSources ? ['-r', path.resolve(__dirname, '../support/register-ts.cjs')] : [];
  const child = fork(entry, [], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise<ServiceProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${request.service} did not start within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      reject(new Error(`${request.service} exited with ${signal ?? code} while starting`));
    };
    child.once('exit', onExit);
    child.once('message', (message: ServiceReply) => {
      clearTimeout(timer);
      child.removeListener('exit', onExit);
      if (message.kind !== 'listening') {
        child.kill('SIGKILL');
        return reject(new Error(`${request.service} failed to start: ${describe(message)}`));
      }
      resolve({
        baseUrl: `http://127.0.0.1:${message.port}`,
        pid: child.pid!,
        stop: () => stopChild(child, request.service),
      });
    });
    child.send(request);
  });
}

function describe(message: ServiceReply): string {
  return message.kind === 'failed' ? message.error : message.kind;
}

function stopChild(child: ChildProcess, name: string): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not stop within ${STOP_TIMEOUT_MS / 1000} s (killed)`));
    }, STOP_TIMEOUT_MS);
    let failure: string | undefined;
    child.on('message', (message: ServiceReply) => {
      if (message.kind === 'failed') failure = message.error;
    });
    child.once('exit', () => {
      clearTimeout(timer);
      if (failure) reject(new Error(`${name} failed to stop cleanly: ${failure}`));
      else resolve();
    });
    child.send({ stop: true });
  });
}
