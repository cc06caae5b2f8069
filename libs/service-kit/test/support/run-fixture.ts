import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const register = path.join(__dirname, '../fixtures/register-swc.js');

/** Runs a TypeScript fixture in its own node process with exactly the given environment. */
export function runFixture(name: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--require', register, path.join(__dirname, '../fixtures', name)], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface Exited {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Collects the output and resolves when the process ends. */
export function collect(child: ChildProcess): { exited: Promise<Exited>; output: () => string } {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<Exited>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { exited, output: () => stdout };
}

/** A port that was free a moment ago (the fixture service needs a fixed PORT). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
