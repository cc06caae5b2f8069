// PostgreSQL helpers shared by the scripts and the test setup (plain CommonJS: runs before any build).
const { Client } = require('pg');

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const SERVICES = ['catalogue', 'lifecycle', 'requests', 'analytics'];

function serverUrl(url = process.env.DATABASE_URL) {
  return url || DEFAULT_DATABASE_URL;
}

/** The URL of one database on the same server as `url`. */
function databaseUrl(name, url = serverUrl()) {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function serviceDatabaseName(service) {
  return `product_ledger_${service}`;
}

class PostgresUnreachable extends Error {}

/** Connects once; a refused or unknown server becomes one readable line instead of a stack trace. */
async function ensurePostgres(url = serverUrl()) {
  const client = new Client({ connectionString: serverUrl(url), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const where = new URL(serverUrl(url));
    throw new PostgresUnreachable(
      `PostgreSQL is not reachable at ${where.hostname}:${where.port || 5432} (${error.code || error.message}). ` +
        'Start PostgreSQL 14+ there, or set DATABASE_URL=postgres://user:password@host:port/postgres.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database if it does not exist (idempotent, safe when two processes race). */
async function ensureDatabase(name, url = serverUrl()) {
  const client = new Client({ connectionString: serverUrl(url) });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`).catch((error) => {
        if (error.code !== '42P04' && error.code !== '23505') throw error; // created meanwhile by someone else
      });
      return true;
    }
    return false;
  } finally {
    await client.end();
  }
}

async function dropDatabase(name, url = serverUrl()) {
  const client = new Client({ connectionString: serverUrl(url) });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

module.exports = {
  DEFAULT_DATABASE_URL,
  SERVICES,
  PostgresUnreachable,
  serverUrl,
  databaseUrl,
  serviceDatabaseName,
  ensurePostgres,
  ensureDatabase,
  dropDatabase,
};
