import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';

/** What a domain file may not import (see docs/architecture.md, "Layers"). */
export const domainForbiddenImports = [
  { group: ['@nestjs/*', 'class-validator', 'class-transformer'], message: 'The domain is framework-free: NestJS belongs in api/ and application/.' },
  { group: ['pg', 'pg-*', 'typeorm', 'kafkajs', 'pino', 'pino-*'], message: 'The domain does no I/O: persistence and messaging belong at the edges.' },
  { group: ['@opentelemetry/*', 'prom-client'], message: 'The domain does no telemetry: the edges trace and count.' },
  {
    group: ['@product-ledger/*', '!@product-ledger/domain', '!@product-ledger/contracts'],
    message: 'A domain file imports only @product-ledger/domain and @product-ledger/contracts.',
  },
  { group: ['node:*', 'fs', 'http', 'https', 'net', 'child_process'], message: 'The domain does no I/O.' },
];

/** What the event store's framework-free core may not import. */
export const coreForbiddenImports = [
  { group: ['@nestjs/*', 'typeorm', '@product-ledger/service-kit', '@product-ledger/nest-event-sourcing'], message: 'The event store core is framework-free.' },
];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.cache/**', '**/coverage/**', 'deploy/helm/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:infra', 'type:contracts', 'type:util'] },
            { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:domain', 'type:contracts', 'type:util'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain', 'type:contracts'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:catalogue', onlyDependOnLibsWithTags: ['scope:catalogue', 'scope:shared'] },
            { sourceTag: 'scope:lifecycle', onlyDependOnLibsWithTags: ['scope:lifecycle', 'scope:shared'] },
            { sourceTag: 'scope:requests', onlyDependOnLibsWithTags: ['scope:requests', 'scope:shared'] },
            { sourceTag: 'scope:analytics', onlyDependOnLibsWithTags: ['scope:analytics', 'scope:shared'] },
            { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:gateway', 'scope:shared'] },
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:console', 'scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // The domain is plain TypeScript: deciders, rules and values, no framework, no I/O. Only the project's
    // dependency-free building blocks (@product-ledger/domain) and the event contracts may be imported.
    files: ['apps/*/src/domain/**/*.ts', 'libs/domain/src/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: domainForbiddenImports }] },
  },
  {
    // The event store's core is framework-free (it speaks pg and kafkajs, behind its own ports): no NestJS,
    // no TypeORM, no service kit.
    files: ['libs/event-store/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: coreForbiddenImports }] },
  },
  {
    files: ['**/*.spec.ts', 'bench/**/*.ts', 'scripts/**', 'infra/**', 'apps/console/e2e/**', 'apps/console/tools/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', URL: 'readonly', fetch: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-console': 'off' },
  },
];
