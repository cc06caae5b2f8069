#!/usr/bin/env node
// `npm run migration:show | migration:run | migration:revert [-- <service> ...]`: builds, then runs the verb
// with each service's `migrate.js` (TypeORM's migration runner) against the local database `npm start` uses
// (DATABASE_URL of the service as `npm start` sets it). Without a service name: every service, in order.
// In a cluster the same verbs run in the release's migration job: `node dist/apps/<service>/src/migrate.js <verb>`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { SERVICES, databaseUrl, serviceDatabaseName } = require('./postgres.js');

const [verb, ...named] = process.argv.slice(2);
const unknown = named.filter((service) => !SERVICES.includes(service));
if (unknown.length > 0) {
  process.stderr.write(`unknown service ${unknown.join(', ')}: one of ${SERVICES.join(', ')}\n`);
  process.exit(64);
}
const build = spawnSync('npm', ['run', '--silent', 'build'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

let failed = 0;
for (const service of named.length > 0 ? named : SERVICES) {
  process.stdout.write(`${service}:\n`);
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'dist', 'apps', service, 'src', 'migrate.js'), verb],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: process.env.DATABASE_URL ?? databaseUrl(serviceDatabaseName(service)),
        LOG_LEVEL: 'warn',
      },
    },
  );
  if (result.status !== 0) failed = result.status ?? 1;
}
process.exit(failed);
