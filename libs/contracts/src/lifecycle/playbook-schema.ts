import { z } from 'zod';
import {
  activityKindSchema,
  criterionTypeSchema,
  gatedStageSchema,
  playbookSlugSchema,
  stageWithActivitiesSchema,
} from './lifecycle-values';

/**
 * The organisation's playbook: per stage the activities of the Product Activities Framework, per gate
 * (the transition into a stage) the criteria a review assesses. Events carry snapshots of its parts, so
 * a lifecycle keeps what it started a stage or a review with even after an admin changes the playbook.
 */
export const activityDefinitionSchema = z.object({
  /** Unique across the whole playbook. */
  id: playbookSlugSchema,
  name: z.string().min(1).max(200),
  kind: activityKindSchema,
  /** The organisational role that usually does it: product_management, development, marketing, ... */
  ownerRole: playbookSlugSchema,
  description: z.string().max(2000).optional(),
});

export const criterionDefinitionSchema = z.object({
  /** Unique within its gate. */
  id: playbookSlugSchema,
  name: z.string().min(1).max(200),
  type: criterionTypeSchema,
  /** Activities of the stage before the gate that must be complete before a go. */
  requiredActivities: z.array(playbookSlugSchema).max(50),
  description: z.string().max(2000).optional(),
});

export const gateDefinitionSchema = z.object({
  toStage: gatedStageSchema,
  /** false: no formal review; a product manager advances directly (e.g. go_to_market for small web changes). */
  requiresReview: z.boolean(),
  criteria: z.array(criterionDefinitionSchema).max(100),
});

export const stageActivitiesSchema = z.object({
  stage: stageWithActivitiesSchema,
  activities: z.array(activityDefinitionSchema).max(100),
});

export const playbookSchema = z.object({
  name: z.string().min(1).max(200),
  gates: z.array(gateDefinitionSchema).max(20),
  stages: z.array(stageActivitiesSchema).max(20),
});

export type ActivityDefinition = z.infer<typeof activityDefinitionSchema>;
export type CriterionDefinition = z.infer<typeof criterionDefinitionSchema>;
export type GateDefinition = z.infer<typeof gateDefinitionSchema>;
export type StageActivities = z.infer<typeof stageActivitiesSchema>;
export type Playbook = z.infer<typeof playbookSchema>;
