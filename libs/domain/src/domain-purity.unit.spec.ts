import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The rule that keeps every service's domain framework-free is the repository's own lint config: these
// snippets are linted by ESLint, with that config, as if they stood in a service's domain folder, so a
// change to the config that let a framework in would fail here (as `npm run lint` fails on a real file).
// ESLint loads its flat config with a dynamic import, which Jest's module sandbox does not allow: the
// lint runs in a plain node process, all snippets at once.
const root = path.resolve(__dirname, '../../..');
const inDomain = 'apps/catalogue/src/domain/product/purity-fixture.ts';
const inApplication = 'apps/catalogue/src/application/purity-fixture.ts';

// ESLint plugins may print notices (Nx warns when no project graph is cached, as on a fresh clone) to
// stdout: the result follows a marker.
const marker = '--- lint result ---';
const lintInNode = `
  const marker = ${JSON.stringify(marker)};
  const { ESLint } = require('eslint');
  const snippets = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const eslint = new ESLint({ cwd: process.cwd() });
  Promise.all(snippets.map(async ({ code, filePath }) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  })).then((found) => process.stdout.write(marker + JSON.stringify(found)));
`;

function problems(snippets: { code: string; filePath: string }[]): string[][] {
  const input = JSON.stringify(snippets.map((s) => ({ ...s, filePath: path.join(root, s.filePath) })));
  const output = execFileSync(process.execPath, ['-e', lintInNode], { cwd: root, input, encoding: 'utf8' });
  return JSON.parse(output.slice(output.indexOf(marker) + marker.length));
}

const forbidden: [string, string][] = [
  ["import { Injectable } from '@nestjs/common';", 'framework-free'],
  ["import { Pool } from 'pg';", 'no I/O'],
  ["import { Kafka } from 'kafkajs';", 'no I/O'],
  ["import { DataSource } from 'typeorm';", 'no I/O'],
  ["import { trace } from '@opentelemetry/api';", 'telemetry'],
  ["import { createEventStore } from '@product-ledger/event-store';", 'only @product-ledger/domain'],
  ["import { readFileSync } from 'node:fs';", 'no I/O'],
];
const used = (line: string) => `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)![1]}];\n`;
const allowedInDomain =
  "import { DomainError } from '@product-ledger/domain';\n" +
  "import { lifecycleStages } from '@product-ledger/contracts';\n" +
  'export const used = [DomainError, lifecycleStages];\n';
const frameworkInApplication =
  "import { Injectable } from '@nestjs/common';\nexport const used = [Injectable];\n";

let found: string[][];
beforeAll(() => {
  found = problems([
    ...forbidden.map(([line]) => ({ code: used(line), filePath: inDomain })),
    { code: allowedInDomain, filePath: inDomain },
    { code: frameworkInApplication, filePath: inApplication },
  ]);
}, 120_000);

describe('domain purity (lint)', () => {
  it.each(forbidden.map(([line, why], index) => [line, why, index] as const))(
    'refuses %s in a domain file',
    (_line, why, index) => {
      expect(found[index]).toHaveLength(1);
      expect(found[index]![0]).toContain(why);
    },
  );

  it('lets a domain file import the domain kit and the contracts', () => {
    expect(found[forbidden.length]).toEqual([]);
  });

  it('lets the application layer use the framework', () => {
    expect(found[forbidden.length + 1]).toEqual([]);
  });
});
