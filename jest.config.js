// `npm test` runs every project in one Jest process so the run ends with one summary.
const jestProject = require('./jest.preset');
const fs = require('node:fs');
const path = require('node:path');

const roots = ['apps', 'libs'].flatMap((top) =>
  fs
    .readdirSync(path.join(__dirname, top))
    .map((name) => path.join(__dirname, top, name))
    .filter((dir) => fs.existsSync(path.join(dir, 'jest.config.js'))),
);

module.exports = {
  projects: roots.map((dir) => jestProject(dir)),
  globalSetup: path.join(__dirname, 'libs/testing/jest/global-setup.js'),
};
