export * from './unique-name';
export * from './wait-for';
export * from './test-database';
export * from './test-kafka';
export * from './http-client';
export * from './slow-gate';
export * from './legacy-migrations';
