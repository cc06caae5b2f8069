// deploy/ holds no workspace package: its tests check docker-compose.yml, the Dockerfile and the Helm chart.
const project = require('../jest.preset')(__dirname);

// These tests read files and run helm; they need neither the broker nor PostgreSQL.
module.exports = { ...project, globalSetup: undefined };
