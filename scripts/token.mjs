#!/usr/bin/env node
// Prints a development bearer token for the local services:
//   npm run token -- --role product_manager [--role admin] [--sub alice] [--ttl 8h]
// It signs with AUTH_JWT_SECRET when set, else with the public development secret, which services accept
// only when started with AUTH_MODE=development (as npm start and npm test start them). The secret is
// DEV_JWT_SECRET in libs/service-kit/src/auth/dev-jwt-secret.ts, the one place that value lives (and the
// roles are ROLES in roles.ts); both are read from the source so this script needs no build.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';

// The roles as the services know them: ROLES in libs/service-kit/src/auth/roles.ts, read from the source.
const ROLES = (() => {
  const file = new URL('../libs/service-kit/src/auth/roles.ts', import.meta.url);
  const list = /export const ROLES = \[([^\]]*)\]/.exec(readFileSync(file, 'utf8'));
  if (!list) throw new Error(`no ROLES list found in ${file.pathname}`);
  return [...list[1].matchAll(/'([a-z_]+)'/g)].map((match) => match[1]);
})();
const USAGE = `usage: npm run token -- --role <role> [--role <role> ...] [--sub <subject>] [--ttl <span, e.g. 8h>]
  --role, -r  a role of the token (repeat for several)
  --sub       the token's subject (\`sub\`), default dev-user: who the services record as the actor of what
              the token does, and whom ownership rules compare with a product's owner and stakeholders
              (e.g. --sub alice registers products alice owns; --sub bob is someone else)
  --ttl       how long the token is valid: 30m, 8h, 7d (default 8h)
Signed with AUTH_JWT_SECRET when set, else with the public development secret that services accept only
in AUTH_MODE=development (npm start and npm test run them so; docker compose's demo has its own
AUTH_JWT_SECRET, give it to this script).
roles: ${ROLES.join(', ')}`;

function fail(message) {
  process.stderr.write(`token: ${message}\n${USAGE}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true, short: 'r' },
      sub: { type: 'string', default: 'dev-user' },
      ttl: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const roles = values.role ?? [];
if (roles.length === 0) fail('give at least one --role');
const unknown = roles.filter((role) => !ROLES.includes(role));
if (unknown.length > 0) fail(`unknown role ${unknown.join(', ')}`);
if (!/^\d+\s*[smhdw]$/.test(values.ttl)) fail(`--ttl ${values.ttl} is not a span such as 30m, 8h or 7d`);

function devSecret() {
  const file = new URL('../libs/service-kit/src/auth/dev-jwt-secret.ts', import.meta.url);
  const match = /DEV_JWT_SECRET\s*=\s*'([^']+)'/.exec(readFileSync(file, 'utf8'));
  if (!match) fail(`no DEV_JWT_SECRET literal found in ${file.pathname}`);
  return match[1];
}

const secret = process.env.AUTH_JWT_SECRET || devSecret();

const token = await new SignJWT({ roles })
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .setSubject(values.sub)
  .setIssuedAt()
  .setExpirationTime(values.ttl)
  .sign(Buffer.from(secret, 'utf8'));
process.stdout.write(`${token}\n`);
