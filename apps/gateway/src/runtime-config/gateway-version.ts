import fs from 'node:fs';
import path from 'node:path';

/** The product's version: the repository's package.json (APP_VERSION wins when an image sets it). */
export function gatewayVersion(): string {
  if (process.env.APP_VERSION) return process.env.APP_VERSION;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const { name, version } = JSON.parse(fs.readFileSync(file, 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (name === 'product-ledger' && version) return version;
    }
    if (path.dirname(dir) === dir) return '0.0.0';
  }
}
