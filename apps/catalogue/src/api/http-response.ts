/** The one thing controllers do to the response themselves: set headers (Location, ETag). */
export interface HeaderWriter {
  setHeader(name: string, value: string): unknown;
}
