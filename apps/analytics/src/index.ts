// Public face of the analytics service (for scripts and tests that start it in-process).
export { AnalyticsModule } from './analytics.module';
export { analyticsConfigSchema, loadAnalyticsConfig, analyticsPort, type AnalyticsConfig } from './config';
