/** The one member of express's response a controller needs: setting headers (`Location`, `ETag`). */
export interface HeaderWriter {
  setHeader(name: string, value: string): unknown;
}
