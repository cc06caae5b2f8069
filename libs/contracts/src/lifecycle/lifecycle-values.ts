import { z } from 'zod';

/**
 * The vocabulary of lifecycle events. Consumers (catalogue, requests, analytics) read these schemas, so a
 * value added here is a contract change: extend enums only, never narrow them.
 */

/** The Product Management Lifecycle in order, then `killed`, the terminal stage a gatekeeper's kill leads to. */
export const lifecycleStages = [
  'innovation',
  'analysis',
  'development',
  'go_to_market',
  'in_life',
  'end_of_life',
  'withdrawn',
  'killed',
] as const;

/** Stages a gate review leads into; end_of_life and withdrawn are reached by withdrawal, not by a gate. */
export const gatedStages = ['analysis', 'development', 'go_to_market', 'in_life'] as const;

/** Stages that have activities in the playbook (the terminal ones have none). */
export const stagesWithActivities = [
  'innovation',
  'analysis',
  'development',
  'go_to_market',
  'in_life',
  'end_of_life',
] as const;

export const gateDecisions = ['go', 'kill', 'hold', 'recycle'] as const;

/** The Product Activities Framework: what is the right product, delivering it, selling it. */
export const activityKinds = ['strategic', 'inbound', 'outbound'] as const;

export const criterionTypes = ['must_meet', 'should_meet'] as const;

/** How a lifecycle came to enter a stage (analytics tells gate passes from direct advances and recycles). */
export const stageEntryCauses = [
  'start',
  'go',
  'recycle',
  'advance',
  'kill',
  'withdrawal_announced',
  'withdrawal_completed',
] as const;

export const lifecycleStageSchema = z.enum(lifecycleStages);
export const gatedStageSchema = z.enum(gatedStages);
export const stageWithActivitiesSchema = z.enum(stagesWithActivities);
export const gateDecisionSchema = z.enum(gateDecisions);
export const activityKindSchema = z.enum(activityKinds);
export const criterionTypeSchema = z.enum(criterionTypes);
export const stageEntryCauseSchema = z.enum(stageEntryCauses);

/** Lifecycle ids are UUIDs derived from the product id (and version): see `lifecycleIdFor`. */
export const lifecycleIdSchema = z.uuid();
/** `<lifecycleId>-r<n>`: a gate review lives inside its lifecycle, so its id names the lifecycle. */
export const gateReviewIdSchema = z.string().regex(/^[0-9a-f-]{36}-r[1-9]\d*$/, 'a gate review id');
/** Playbook ids of criteria and activities: lower-case words joined by - or _. */
export const playbookSlugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'lower-case letters and digits joined by - or _');
/** Who did it: the `sub` of the caller's token. */
export const actorIdSchema = z.string().min(1).max(200);
export const instantSchema = z.iso.datetime({ offset: true });

export type LifecycleStage = z.infer<typeof lifecycleStageSchema>;
export type GatedStage = z.infer<typeof gatedStageSchema>;
export type StageWithActivities = z.infer<typeof stageWithActivitiesSchema>;
export type GateDecision = z.infer<typeof gateDecisionSchema>;
export type ActivityKind = z.infer<typeof activityKindSchema>;
export type CriterionType = z.infer<typeof criterionTypeSchema>;
export type StageEntryCause = z.infer<typeof stageEntryCauseSchema>;
