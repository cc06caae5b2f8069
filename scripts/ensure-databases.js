#!/usr/bin/env node
// Creates one database per service on the server at DATABASE_URL, idempotently.
const { SERVICES, ensurePostgres, ensureDatabase, serviceDatabaseName, PostgresUnreachable } = require('./postgres');

async function main() {
  await ensurePostgres();
  for (const service of SERVICES) {
    const name = serviceDatabaseName(service);
    const created = await ensureDatabase(name);
    process.stderr.write(`[db] ${name} ${created ? 'created' : 'exists'}\n`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`[db] ${error instanceof PostgresUnreachable ? error.message : error.stack}\n`);
    process.exit(1);
  });
}

module.exports = { ensureServiceDatabases: main };
