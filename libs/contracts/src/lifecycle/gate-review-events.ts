import { z } from 'zod';
import { defineEvent } from '../event-contract';
import { Topics } from '../topics';
import { businessCaseSchema } from './business-case-events';
import { criterionDefinitionSchema } from './playbook-schema';
import { lifecycleSubject } from './lifecycle-subject';
import {
  actorIdSchema,
  gateDecisionSchema,
  gatedStageSchema,
  gateReviewIdSchema,
  instantSchema,
  lifecycleStageSchema,
  playbookSlugSchema,
} from './lifecycle-values';

/** Gate reviews live inside their lifecycle's stream (a go moves the stage in the same append). */
export const GateReviewOpenedV1 = defineEvent({
  type: 'GateReviewOpened',
  schemaVersion: 1,
  topic: Topics.lifecycle,
  description:
    'A product manager opened the review of the gate into the next stage. `criteria` is the playbook ' +
    'gate as it was then; the review keeps them even if the playbook changes.',
  schema: z.object({
    ...lifecycleSubject,
    reviewId: gateReviewIdSchema,
    fromStage: lifecycleStageSchema,
    toStage: gatedStageSchema,
    criteria: z.array(criterionDefinitionSchema),
    playbookRevision: z.number().int().min(0),
    openedBy: actorIdSchema,
    openedAt: instantSchema,
  }),
});

export const CriterionAssessedV1 = defineEvent({
  type: 'CriterionAssessed',
  schemaVersion: 1,
  topic: Topics.lifecycle,
  description:
    'A criterion of an open review was assessed as met or not, with evidence (a later one replaces it).',
  schema: z.object({
    ...lifecycleSubject,
    reviewId: gateReviewIdSchema,
    criterionId: playbookSlugSchema,
    met: z.boolean(),
    evidence: z.string().min(1).max(4000),
    assessedBy: actorIdSchema,
    assessedAt: instantSchema,
  }),
});

/** A criterion as it stood when the gatekeeper decided. */
export const decidedCriterionSchema = criterionDefinitionSchema.extend({
  /** null: never assessed. */
  met: z.boolean().nullable(),
  evidence: z.string().max(4000).optional(),
  assessedBy: actorIdSchema.optional(),
  assessedAt: instantSchema.optional(),
});

/** An activity a must-meet criterion requires, as it stood when the gatekeeper decided. */
export const decidedActivitySchema = z.object({
  activityId: playbookSlugSchema,
  completed: z.boolean(),
  completedBy: actorIdSchema.optional(),
  completedAt: instantSchema.optional(),
});

export const GateDecisionRecordedV1 = defineEvent({
  type: 'GateDecisionRecorded',
  schemaVersion: 1,
  topic: Topics.lifecycle,
  description:
    'A gatekeeper decided a gate review: go (into toStage), kill (terminal), hold (review closed, stage ' +
    'unchanged) or recycle (back one stage). Carries the criteria with their evidence, the required ' +
    'activities and (for the gate into development) the business case as they were when decided. ' +
    '`resultingStage` is the stage the lifecycle is in afterwards.',
  schema: z.object({
    ...lifecycleSubject,
    reviewId: gateReviewIdSchema,
    fromStage: lifecycleStageSchema,
    toStage: gatedStageSchema,
    decision: gateDecisionSchema,
    resultingStage: lifecycleStageSchema,
    rationale: z.string().max(4000).optional(),
    conditions: z.array(z.string().min(1).max(1000)),
    criteria: z.array(decidedCriterionSchema),
    requiredActivities: z.array(decidedActivitySchema),
    businessCase: businessCaseSchema.optional(),
    decidedBy: actorIdSchema,
    decidedAt: instantSchema,
  }),
});

export const gateReviewContracts = [GateReviewOpenedV1, CriterionAssessedV1, GateDecisionRecordedV1] as const;
