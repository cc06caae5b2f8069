import { Parser } from '@asyncapi/parser';
import { z } from 'zod';
import { allContracts } from '../all-contracts';
import { defineEvent } from '../event-contract';
import { asyncApiMessageId, buildAsyncApiDocument } from './build-asyncapi-document';
import { jsonSchemaOf } from './json-schema-of';

const info = { title: 'Product Ledger events', version: '1.0.0', partitions: 3 };

async function parse(document: object) {
  const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
  // severity 0 = error in Spectral's scale
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 0);
  return { parsed, errors };
}

describe('buildAsyncApiDocument', () => {
  it('describes every topic and every event of all contracts, with their schemas, in a document the AsyncAPI parser accepts', async () => {
    expect(allContracts.length).toBeGreaterThan(0);
    const { parsed, errors } = await parse(buildAsyncApiDocument(allContracts, info));

    expect(errors).toEqual([]);
    expect(parsed).toBeDefined();
    const addresses = parsed!
      .channels()
      .all()
      .map((channel) => channel.address());
    expect(new Set(addresses)).toEqual(new Set(allContracts.map((contract) => contract.topic)));

    const names = parsed!
      .messages()
      .all()
      .map((message) => message.name());
    expect(new Set(names)).toEqual(new Set(allContracts.map((contract) => contract.type)));
    for (const contract of allContracts) {
      const channel = parsed!
        .channels()
        .all()
        .find((candidate) => candidate.address() === contract.topic)!;
      const message = channel
        .messages()
        .all()
        .find((candidate) => candidate.id() === asyncApiMessageId(contract));
      expect(message?.name()).toBe(contract.type);
      expect(message?.payload()?.json()).toMatchObject(jsonSchemaOf(contract.schema).schema);
    }
    // One send operation per topic.
    expect(
      parsed!
        .operations()
        .all()
        .filter((operation) => operation.isSend()),
    ).toHaveLength(new Set(addresses).size);
  });

  it('keeps two versions of a type apart, with the CloudEvents headers and the payload schema of each', async () => {
    const v1 = defineEvent({
      type: 'CounterIncremented',
      schemaVersion: 1,
      topic: 'test.counter.v1',
      description: 'v1',
      schema: z.object({ by: z.number().int() }),
    });
    const v2 = defineEvent({
      type: 'CounterIncremented',
      schemaVersion: 2,
      topic: 'test.counter.v1',
      description: 'v2',
      schema: z.object({ by: z.number().int(), reason: z.string() }),
    });
    const document = buildAsyncApiDocument([v1, v2], info);
    const { parsed, errors } = await parse(document);
    expect(errors).toEqual([]);

    const message = parsed!
      .messages()
      .all()
      .find((candidate) => candidate.id() === 'CounterIncremented.v2')!;
    expect(message.payload()?.json()).toMatchObject({ required: ['by', 'reason'] });
    expect(message.headers()?.json()).toMatchObject({
      properties: { ce_type: { const: 'CounterIncremented' }, ce_schemaversion: { const: '2' } },
    });
    expect(parsed!.channels().all()[0]!.messages().all()).toHaveLength(2);
  });

  it('refuses the same type and version twice', () => {
    const contract = allContracts[0]!;
    expect(() => buildAsyncApiDocument([contract, contract], info)).toThrow(asyncApiMessageId(contract));
  });

  it('hoists named sub-schemas into components so their refs resolve', async () => {
    const money = z.object({ amount: z.number(), currency: z.string().length(3) }).meta({ id: 'Money' });
    const contract = defineEvent({
      type: 'DealValued',
      schemaVersion: 1,
      topic: 'test.deal.v1',
      description: 'A deal got a value.',
      schema: z.object({ value: money, previous: money.optional() }),
    });
    const document = buildAsyncApiDocument([contract], info) as {
      components: { schemas?: Record<string, unknown> };
    };
    expect(Object.keys(document.components.schemas ?? {})).toEqual(['Money']);
    const { errors } = await parse(document);
    expect(errors).toEqual([]);
  });
});
