/** The entity tag of a stream version: `"3"` (strong; the version is exact). */
export function etag(version: number): string {
  return `"${version}"`;
}

/** Sets `ETag` on a response (express, or anything with `setHeader`). */
export function setETag(
  response: { setHeader(name: string, value: string): unknown },
  version: number,
): void {
  response.setHeader('ETag', etag(version));
}
