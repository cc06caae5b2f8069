#!/usr/bin/env node
// `npm run console:screenshot`: copies the portfolio screenshot the browser suite took last into docs/,
// where the README shows it. Run the suite first (`npm run console:e2e`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const source = path.join(root, 'apps/console/e2e/.output/screenshots/portfolio.png');
const target = path.join(root, 'docs/console-portfolio.png');
if (!fs.existsSync(source)) {
  process.stderr.write(
    `no ${path.relative(root, source)}: run the browser suite first (npm run console:e2e)\n`,
  );
  process.exit(1);
}
fs.copyFileSync(source, target);
process.stdout.write(`copied to ${path.relative(root, target)}\n`);
