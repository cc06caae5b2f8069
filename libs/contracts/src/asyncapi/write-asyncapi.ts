// `npm run asyncapi`: writes libs/contracts/asyncapi.json, the AsyncAPI 3.0 document other systems code
// against. A unit test fails when the committed file and the contracts drift apart.
import fs from 'node:fs';
import path from 'node:path';
import { productLedgerAsyncApi } from './product-ledger-asyncapi';

const target = path.resolve(process.argv[2] ?? 'libs/contracts/asyncapi.json');
fs.writeFileSync(target, `${JSON.stringify(productLedgerAsyncApi(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
