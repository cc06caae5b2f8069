// Runs once before any test: make sure the real broker answers (starting the project's own one if none does)
// and that PostgreSQL is reachable, so tests fail with one clear line instead of timeouts.
const path = require('node:path');
const { pathToFileURL } = require('node:url');

module.exports = async function globalSetup() {
  const repoRoot = path.resolve(__dirname, '../../..');
  const { ensurePostgres } = require(path.join(repoRoot, 'scripts/postgres.js'));
  await ensurePostgres(process.env.DATABASE_URL);
  if (!process.env.KAFKA_BROKERS) {
    const kafka = await import(pathToFileURL(path.join(repoRoot, 'infra/kafka/kafka.mjs')).href);
    const { brokers } = await kafka.startBroker();
    process.env.KAFKA_BROKERS = brokers;
  }
};
