export * from './event-contract';
export * from './topics';
export * from './catalogue';
export * from './lifecycle';
export * from './requests';
export * from './analytics';
export * from './all-contracts';
export * from './asyncapi/build-asyncapi-document';
