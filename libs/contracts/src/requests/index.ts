export * from './request-values';
export * from './request-events';
