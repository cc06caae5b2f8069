// `npm run test:unit`: the pure tests only (`*.unit.spec.ts`: no PostgreSQL, no Kafka, no network), so the
// global setup that checks the database and starts the broker does not run.
const all = require('./jest.config');

module.exports = {
  ...all,
  globalSetup: undefined,
  projects: all.projects.map((project) => ({
    ...project,
    globalSetup: undefined,
    testMatch: project.testMatch.map((pattern) => pattern.replace(/\*\.spec\.ts$/, '*.unit.spec.ts')),
  })),
};
