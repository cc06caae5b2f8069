import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';
import { playbookSchema } from './playbook-schema';
import { actorIdSchema, instantSchema } from './lifecycle-values';

export const PlaybookChangedV1 = defineEvent({
  type: 'PlaybookChanged',
  schemaVersion: 1,
  topic: Topics.lifecycle,
  description:
    'An admin replaced the playbook (stream `lifecycle-playbook`). Reviews already open keep the criteria ' +
    'they opened with; stages entered from now on get the new activities.',
  schema: z.object({
    revision: z.number().int().min(1),
    playbook: playbookSchema,
    changedBy: actorIdSchema,
    changedAt: instantSchema,
  }),
});

export const playbookContracts = [PlaybookChangedV1] as const;
