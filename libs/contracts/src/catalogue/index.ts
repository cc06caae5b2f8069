export * from './catalogue-values';
export * from './product-line-events';
export * from './product-events';
export * from './catalogue-contracts';
export * from './semantic-version';
