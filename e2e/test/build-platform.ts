import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { uniqueName } from '@product-ledger/testing';

const repoRoot = path.resolve(__dirname, '../..');

/** Compiles apps and libs with the repository's swc settings into a folder of this run's own. */
export function buildPlatform(): string {
  const outDir = path.join(repoRoot, '.cache', 'e2e', uniqueName('dist'));
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', '@swc', 'cli', 'bin', 'swc.js'),
      'apps',
      'libs',
      '-d',
      outDir,
      '--config-file',
      '.swcrc',
      '--only',
      '**/src/**/*.ts',
      '--ignore',
      '**/*.spec.ts',
    ],
    { cwd: repoRoot, stdio: 'pipe' },
  );
  return outDir;
}
