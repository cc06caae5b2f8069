/** Injection tokens of the providers ServiceKitModule offers to every module of a service. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
export const SERVICE_NAME = Symbol('SERVICE_NAME');
export const PG_POOL = Symbol('PG_POOL');
export const KAFKA = Symbol('KAFKA');
/** The root pino logger, shared by nestjs-pino and the kafkajs log bridge. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');
