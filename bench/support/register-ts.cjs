// Lets Node require the benchmark's TypeScript sources directly (used when the bench runs from sources,
// e.g. called from a Jest test): each .ts file is compiled with the repo's .swcrc, whose `paths` rewrite
// `@product-ledger/*` imports to the libraries' sources.
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const repoRoot = path.resolve(__dirname, '../..');

require.extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    cwd: repoRoot,
    swcrc: true,
    configFile: path.join(repoRoot, '.swcrc'),
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
