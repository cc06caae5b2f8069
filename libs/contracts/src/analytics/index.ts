export * from './metric-values';
export * from './metrics-ingest-events';
