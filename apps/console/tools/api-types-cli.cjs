#!/usr/bin/env node
// `npm run console:api-types` writes src/lib/api/generated/<service>.ts; with --check it only compares
// and exits 1 when a service's API changed since (the console build runs the check).
require('../../../libs/service-kit/test/fixtures/register-swc.js');
const fs = require('node:fs');
const path = require('node:path');
const { apiServices, apiTypesFile, apiTypesSource } = require('./api-types.ts');

async function main() {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const service of apiServices) {
    const file = path.resolve(apiTypesFile(service));
    const source = await apiTypesSource(service);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === source) continue;
    if (check) stale.push(path.relative(process.cwd(), file));
    else {
      fs.writeFileSync(file, source);
      process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
    }
  }
  if (stale.length > 0) {
    process.stderr.write(
      `API types out of date (a service's API changed): ${stale.join(', ')}\nrun: npm run console:api-types\n`,
    );
    process.exit(1);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
