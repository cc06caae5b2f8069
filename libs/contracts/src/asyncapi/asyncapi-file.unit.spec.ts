import fs from 'node:fs';
import path from 'node:path';
import { productLedgerAsyncApi } from './product-ledger-asyncapi';

describe('libs/contracts/asyncapi.json', () => {
  it('is the document the contracts generate (run `npm run asyncapi` after changing a contract)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(__dirname, '../../asyncapi.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(productLedgerAsyncApi())));
  });
});
