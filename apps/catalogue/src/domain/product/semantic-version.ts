import { semverPattern } from '@product-ledger/contracts';

/**
 * A product version number (Semantic Versioning 2.0.0). Build metadata does not make a new version:
 * semver says `1.2.0+build.7` and `1.2.0` have the same precedence, so "a number is used once" compares
 * them as one.
 */
export function isSemanticVersion(text: string): boolean {
  return semverPattern.test(text);
}

export function versionIdentity(version: string): string {
  const plus = version.indexOf('+');
  return plus === -1 ? version : version.slice(0, plus);
}

export function sameVersion(a: string, b: string): boolean {
  return versionIdentity(a) === versionIdentity(b);
}
