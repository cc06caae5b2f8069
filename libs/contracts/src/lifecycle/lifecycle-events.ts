import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';
import { activityDefinitionSchema } from './playbook-schema';
import { lifecycleSubject } from './lifecycle-subject';
import {
  actorIdSchema,
  gateReviewIdSchema,
  instantSchema,
  lifecycleStageSchema,
  playbookSlugSchema,
  stageEntryCauseSchema,
  stageWithActivitiesSchema,
} from './lifecycle-values';

/** Events of the Lifecycle aggregate, on `lifecycle.lifecycle.v1`, key = `lifecycle-<lifecycleId>`. */
export const LifecycleStartedV1 = defineEvent({
  type: 'LifecycleStarted',
  schemaVersion: 1,
  topic: Topics.lifecycle,
  description:
    "A product's (or a product version's) lifecycle started, at innovation or at the product's initial " +
    'stage. A StageEntered for that stage follows in the same append.',
  schema: z.object({
    ...lifecycleSubject,
    stage: stageWithActivitiesSchema,
    startedAt: instantSchema,
    trigger: z.enum(['ProductRegistered', 'VersionPlanned']),
  }),
});

export const StageEnteredV1 = defineEvent({
  type: 'StageEntered',
  schemaVersion: 1,
  topic: Topics.lifecycle,
  description:
    'The lifecycle entered a stage (also at its start, with previousStage null). `cause` says how; ' +
    '`activities` are the playbook activities of the stage at that moment. Time in a stage is the time ' +
    'between two of these events.',
  schema: z.object({
    ...lifecycleSubject,
    stage: lifecycleStageSchema,
    previousStage: lifecycleStageSchema.nullable(),
    enteredAt: instantSchema,
    cause: stageEntryCauseSchema,
    reviewId: gateReviewIdSchema.optional(),
    activities: z.array(activityDefinitionSchema),
  }),
});

export const ActivityCompletedV1 = defineEvent({
  type: 'ActivityCompleted',
  schemaVersion: 1,
  topic: Topics.lifecycle,
  description: 'An activity of the current stage was marked complete by a contributor or product manager.',
  schema: z.object({
    ...lifecycleSubject,
    stage: stageWithActivitiesSchema,
    activityId: playbookSlugSchema,
    completedBy: actorIdSchema,
    completedAt: instantSchema,
    note: z.string().max(4000).optional(),
  }),
});

export const LifecycleKilledV1 = defineEvent({
  type: 'LifecycleKilled',
  schemaVersion: 1,
  topic: Topics.lifecycle,
  description:
    'A gatekeeper killed the lifecycle at a gate: it stops for good (StageEntered `killed` follows). ' +
    '`stage` is the stage it was killed in.',
  schema: z.object({
    ...lifecycleSubject,
    stage: lifecycleStageSchema,
    reviewId: gateReviewIdSchema,
    reason: z.string().min(1).max(4000),
    killedBy: actorIdSchema,
    killedAt: instantSchema,
  }),
});

export const lifecycleCoreContracts = [
  LifecycleStartedV1,
  StageEnteredV1,
  ActivityCompletedV1,
  LifecycleKilledV1,
] as const;
