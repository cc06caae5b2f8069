export {
  serviceConfigSchema,
  requiredServiceVariables,
  extendServiceConfig,
  type ServiceConfig,
} from './config/service-config';
export { loadConfig, loadServiceConfig, parseConfig, InvalidConfigError } from './config/load-config';
export { serviceDefaults } from './config/service-defaults';
export { byteSize } from './config/byte-size';
export { rateLimitEnabled } from './config/service-config';

export { ServiceKitModule, type ServiceKitOptions } from './service-kit.module';
export { SERVICE_CONFIG, SERVICE_NAME, PG_POOL, KAFKA, ROOT_LOGGER } from './tokens';
export { ReadinessChecks, type ReadinessCheck } from './health/readiness-checks';

export { bootstrapService, type BootstrapOptions } from './bootstrap/bootstrap-service';
export { createServiceApp, type ServiceAppOptions } from './bootstrap/create-service-app';
export { shutdownGracefully } from './bootstrap/shutdown-gracefully';
export { openApiDocument, type OpenApiInfo } from './bootstrap/openapi';

export { ROLES, isRole, type Role } from './auth/roles';
export { type Actor } from './auth/actor';
export { Roles, Public } from './auth/auth-metadata';
export { CurrentActor } from './auth/current-actor.decorator';
export {
  assertMayOrderByCommercialData,
  CommercialFields,
  commercialNote,
  commercialRoles,
  omitKeys,
  seesCommercialData,
} from './auth/commercial-data';
export { DEV_JWT_SECRET } from './auth/dev-jwt-secret';
export { signDevToken, type DevTokenOptions } from './auth/sign-dev-token';

export {
  requestContext,
  getRequestContext,
  runWithContext,
  type RequestContext,
} from './context/request-context';

export {
  problem,
  ProblemException,
  PROBLEM_CONTENT_TYPE,
  type ProblemDetails,
  type FieldError,
} from './errors/problem';
export { UuidParam } from './validation/uuid-param';
export { ConformsTo } from './validation/conforms-to';
export { requiredText, storableText } from './validation/text-schemas';

export { Optional } from './http/optional-field';
export {
  anyText,
  badCursor,
  decodeCursor,
  encodeCursor,
  instantText,
  literal,
  matching,
  positiveInteger,
  uuidText,
  type CursorPart,
} from './http/cursor';
export { PageQuery, defaultPageSize } from './http/page-query';
export { MineFlag, isMine, type MineFlagValue } from './http/mine-flag';
export type { HeaderWriter } from './http/header-writer';
export { WriteProblems, type WriteProblemsOptions } from './http/write-problems';

export { metricsRegistry, httpRequestDuration } from './metrics/metrics-registry';
export { ensureRequestId } from './context/request-id';
export { httpLoggingOptions } from './logging/http-logging';
