export * from './start-test-service';
