-- Runs once, when the postgres container initialises an empty data volume: one database per service,
-- named as scripts/postgres.js names them for `npm start`.
CREATE DATABASE product_ledger_catalogue;
CREATE DATABASE product_ledger_lifecycle;
CREATE DATABASE product_ledger_requests;
CREATE DATABASE product_ledger_analytics;
