import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { waitFor } from '@product-ledger/testing';

export interface RunningService {
  readonly name: string;
  readonly baseUrl: string;
  /** SIGTERM, as Kubernetes or Ctrl-C would send it; resolves to the exit code. */
  stop(): Promise<number | null>;
  output(): string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts `dist/apps/<name>/src/main.js` from `distDir` and waits until its readiness probe answers 200. */
export async function startService(
  distDir: string,
  name: string,
  env: Record<string, string>,
): Promise<RunningService> {
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [path.join(distDir, 'apps', name, 'src', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      AUTH_MODE: 'development',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
      const response = await fetch(`${baseUrl}/health/ready`).catch(() => undefined);
      return response?.status === 200;
    },
    { timeoutMs: 120_000, intervalMs: 250, description: `${name} ready` },
  );
  return {
    name,
    baseUrl,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
