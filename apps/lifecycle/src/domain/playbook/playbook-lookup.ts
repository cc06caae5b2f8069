import type {
  ActivityDefinition,
  GateDefinition,
  GatedStage,
  LifecycleStage,
  Playbook,
} from '@product-ledger/contracts';
import { PlaybookGateMissing } from './playbook-errors';

/** The activities the playbook gives a stage (none for the terminal stages or a stage it leaves out). */
export function activitiesOf(playbook: Playbook, stage: LifecycleStage): ActivityDefinition[] {
  return playbook.stages.find((entry) => entry.stage === stage)?.activities ?? [];
}

/** The gate into `stage`. A validated playbook has one for every gated stage. */
export function gateInto(playbook: Playbook, stage: GatedStage): GateDefinition {
  const gate = playbook.gates.find((entry) => entry.toStage === stage);
  if (!gate) throw new PlaybookGateMissing(stage);
  return gate;
}
