import { isSemanticVersion, sameVersion, versionIdentity } from './semantic-version';

describe('semantic version', () => {
  it.each(['0.0.1', '1.4.0', '10.20.30', '2.0.0-rc.1', '1.0.0-alpha.beta+exp.sha.5114f85'])(
    'accepts %s',
    (v) => {
      expect(isSemanticVersion(v)).toBe(true);
    },
  );

  it.each(['1', '1.0', 'v1.0.0', '01.0.0', '1.0.0-', '1.0.0+', '', ' 1.0.0'])('refuses %j', (v) => {
    expect(isSemanticVersion(v)).toBe(false);
  });

  it('ignores build metadata when comparing numbers', () => {
    expect(versionIdentity('1.2.0+build.7')).toBe('1.2.0');
    expect(sameVersion('1.2.0+build.7', '1.2.0')).toBe(true);
    expect(sameVersion('1.2.0-rc.1', '1.2.0')).toBe(false);
  });
});
