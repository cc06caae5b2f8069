const project = require('../../jest.preset')(__dirname);

// testing/ (given/when/then for deciders) is a project of its own folder, tested with this one.
module.exports = { ...project, testMatch: [...project.testMatch, '<rootDir>/testing/src/**/*.spec.ts'] };
