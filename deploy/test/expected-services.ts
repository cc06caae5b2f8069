/** The four services and the ports they listen on (README.md, "Quickstart"). */
export const expectedServices = {
  catalogue: 3001,
  lifecycle: 3002,
  requests: 3003,
  analytics: 3004,
} as const;

export type ServiceName = keyof typeof expectedServices;

export const serviceNames = Object.keys(expectedServices) as ServiceName[];

/** The migration entry each service's build emits (scripts/start.mjs runs the same file). */
export function migrateEntry(service: string): string {
  return `dist/apps/${service}/src/migrate.js`;
}
