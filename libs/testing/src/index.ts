export * from './unique-name';
export * from './wait-for';
export * from './test-database';
export * from './test-kafka';
