/** One event of a product's history in words a person reads ("Alice planned version 1.2.0 for 30 Sep 2026"). */
export interface HistoryEvent {
  type: string;
  actor?: string;
  data: Record<string, unknown>;
}

const s = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

const sentences: Record<string, (data: Record<string, unknown>) => string> = {
  ProductRegistered: (d) => `registered the product ${s(d.code)} “${s(d.name)}”, owned by ${s(d.ownerId)}`,
  ProductRenamed: (d) => `renamed it from “${s(d.previousName)}” to “${s(d.name)}”`,
  ProductDescribed: () => 'changed the description',
  ProductMovedToLine: () => 'moved it to another product line',
  ProductOwnerAssigned: (d) => `made ${s(d.ownerId)} the owner (before: ${s(d.previousOwnerId)})`,
  StakeholderAdded: (d) => `added ${s(d.personId)} as a ${s(d.role).replace(/_/g, ' ')} stakeholder`,
  StakeholderRemoved: (d) => `removed ${s(d.personId)} as a ${s(d.role).replace(/_/g, ' ')} stakeholder`,
  VersionPlanned: (d) =>
    `planned version ${s(d.version)} for ${s(d.targetDate)}${d.scope ? `: ${s(d.scope)}` : ''}`,
  VersionReleased: (d) => `released version ${s(d.version)}`,
  ProductRetired: (d) => `retired the product${d.reason ? ` (${s(d.reason)})` : ''}`,
};

export function describeEvent(event: HistoryEvent): string {
  const who = !event.actor
    ? 'Someone'
    : event.actor.startsWith('policy:')
      ? `The ${event.actor.slice(7)} policy`
      : event.actor;
  const sentence = sentences[event.type];
  return sentence
    ? `${who} ${sentence(event.data)}`
    : `${who}: ${event.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
}
