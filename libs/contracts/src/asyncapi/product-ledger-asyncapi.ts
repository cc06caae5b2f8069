import { allContracts } from '../all-contracts';
import { buildAsyncApiDocument, type AsyncApiDocument } from './build-asyncapi-document';

/** The platform's published event contract: every topic and message of every context. */
export function productLedgerAsyncApi(): AsyncApiDocument {
  return buildAsyncApiDocument(allContracts, {
    title: 'Product Ledger events',
    version: '1.0.0',
    description:
      'Events the Product Ledger services publish to Kafka (key = stream id, CloudEvents binary headers, JSON ' +
      'data) and the facts other systems send to analytics.',
    servers: { local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'the broker npm start runs' } },
    partitions: 3,
  });
}
