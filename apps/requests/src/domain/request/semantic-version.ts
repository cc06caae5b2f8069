import { semverPattern } from '@product-ledger/contracts';

/**
 * Versions compare as the catalogue compares them: build metadata does not make a new version
 * (`2.1.0+build.7` is `2.1.0`), so a request planned for one is delivered by the other.
 */
export function isSemanticVersion(text: string): boolean {
  return semverPattern.test(text);
}

export function sameVersion(a: string, b: string): boolean {
  return versionIdentity(a) === versionIdentity(b);
}

/** The version without build metadata: what identifies it. */
export function versionIdentity(version: string): string {
  const plus = version.indexOf('+');
  return plus === -1 ? version : version.slice(0, plus);
}
