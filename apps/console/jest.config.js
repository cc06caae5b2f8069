// The console's Jest project: pure logic (`*.unit.spec.ts`, node) and components (`*.unit.spec.tsx`, each
// file declares `@jest-environment jsdom`), transformed by swc with the automatic JSX runtime.
const path = require('node:path');
const base = require('../../jest.preset')(__dirname);

const swcTsx = {
  swcrc: false,
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = {
  ...base,
  transform: { ...base.transform, '^.+\\.tsx$': ['@swc/jest', swcTsx] },
  testMatch: [...base.testMatch, '<rootDir>/src/**/*.unit.spec.tsx'],
  setupFiles: [path.join(__dirname, 'jest.setup.js')],
};
