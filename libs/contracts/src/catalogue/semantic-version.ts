import { semverPattern } from './catalogue-values';

/**
 * A product version number (Semantic Versioning 2.0.0). Build metadata does not make a new version:
 * semver says `1.2.0+build.7` and `1.2.0` have the same precedence, so "a number is used once" compares
 * them as one, and a request planned for `2.1.0` is delivered by the release of `2.1.0+build.7`. Every
 * context compares versions with these functions, so they agree.
 */
export function isSemanticVersion(text: string): boolean {
  return semverPattern.test(text);
}

/** The version without build metadata: what identifies it. */
export function versionIdentity(version: string): string {
  const plus = version.indexOf('+');
  return plus === -1 ? version : version.slice(0, plus);
}

export function sameVersion(a: string, b: string): boolean {
  return versionIdentity(a) === versionIdentity(b);
}
