/** The one member of express's response a controller needs (for `ETag` and `Location`). */
export interface HeaderWriter {
  setHeader(name: string, value: string): unknown;
}

/** Commands are stamped with the time the service accepted them. */
export const now = (): string => new Date().toISOString();
