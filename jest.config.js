// `npm test` runs every project in one Jest process so the run ends with one summary.
const fs = require('node:fs');
const path = require('node:path');

const projectDirs = [
  ...['apps', 'libs'].flatMap((top) =>
    fs.readdirSync(path.join(__dirname, top)).map((name) => path.join(__dirname, top, name)),
  ),
  path.join(__dirname, 'deploy'),
  path.join(__dirname, 'e2e'),
].filter((dir) => fs.existsSync(path.join(dir, 'jest.config.js')));

module.exports = {
  // Each project's own jest.config.js, so `npm test` and `nx run <project>:test` run the same settings.
  projects: projectDirs.map((dir) => require(path.join(dir, 'jest.config.js'))),
  globalSetup: path.join(__dirname, 'libs/testing/jest/global-setup.js'),
  // A global option: in multi-project runs Jest ignores the projects' own testTimeout.
  testTimeout: 120_000,
};
