// Shared Jest settings: every project's jest.config.js calls this with its own folder.
const path = require('node:path');

const swc = {
  swcrc: false,
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

module.exports = function jestProject(dir) {
  return {
    displayName: path.basename(dir),
    rootDir: dir,
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': ['@swc/jest', swc] },
    moduleNameMapper: { '^@product-ledger/(.*)$': path.join(__dirname, 'libs/$1/src/index.ts') },
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    globalSetup: path.join(__dirname, 'libs/testing/jest/global-setup.js'),
    testTimeout: 120_000,
  };
};
