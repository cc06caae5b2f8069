const project = require('../../jest.preset')(__dirname);

// service/ is a project of its own (it needs service-kit, whose tests use this one); its tests run here.
module.exports = { ...project, testMatch: [...project.testMatch, '<rootDir>/service/src/**/*.spec.ts'] };
