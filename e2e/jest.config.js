// Cross-service tests: the built services run as real processes against the real broker and database.
module.exports = require('../jest.preset')(__dirname);
