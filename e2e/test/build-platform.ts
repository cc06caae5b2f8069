import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { uniqueName } from '@product-ledger/testing';

const repoRoot = path.resolve(__dirname, '../..');

/** What `npm run build` leaves out of dist (specs, fixtures): read from its script, so the two stay one. */
function buildIgnores(): string {
  const { scripts } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: { build: string };
  };
  const ignore = /--ignore "([^"]+)"/.exec(scripts.build);
  if (!ignore) throw new Error('the build script in package.json has no --ignore list');
  return ignore[1]!;
}

/** Compiles apps and libs as `npm run build` does, into a folder of this run's own. */
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
      buildIgnores(),
    ],
    { cwd: repoRoot, stdio: 'pipe' },
  );
  return outDir;
}
