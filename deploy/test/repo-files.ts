import fs from 'node:fs';
import path from 'node:path';

/** The repository root (deploy/test -> ../..). */
export const repoRoot = path.resolve(__dirname, '../..');

export function repoPath(relative: string): string {
  return path.join(repoRoot, relative);
}

export function readRepoFile(relative: string): string {
  return fs.readFileSync(repoPath(relative), 'utf8');
}
