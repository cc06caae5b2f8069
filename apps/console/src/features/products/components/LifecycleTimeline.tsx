import { Badge, Text, Timeline } from '@mantine/core';
import { formatDateTime, stageLabels } from '../../../components/labels';
import type { LifecycleHistoryEntry, LifecycleSummary } from '../../../lib/api/lifecycle-client';

const decisionLabels: Record<string, string> = { go: 'Go', kill: 'Kill', hold: 'Hold', recycle: 'Recycle' };
const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** The stages the product went through, when it entered each, and the gate decisions on the way. */
export function LifecycleTimeline({
  lifecycle,
  history,
}: {
  lifecycle?: LifecycleSummary;
  history: LifecycleHistoryEntry[];
}) {
  if (!lifecycle) {
    return (
      <Text c="dimmed" size="sm">
        The lifecycle has not started yet: it starts moments after the product is registered.
      </Text>
    );
  }
  const steps = history.filter(
    (entry) => entry.type === 'StageEntered' || entry.type === 'GateDecisionRecorded',
  );
  return (
    <>
      <Text mb="md">
        Now in <Badge>{stageLabels[lifecycle.stage] ?? lifecycle.stage}</Badge> since{' '}
        {formatDateTime(lifecycle.stageEnteredAt)}
      </Text>
      <Timeline active={steps.length - 1} bulletSize={18} lineWidth={2} aria-label="Lifecycle timeline">
        {steps.map((entry, index) =>
          entry.type === 'StageEntered' ? (
            <Timeline.Item
              key={index}
              title={`Entered ${stageLabels[str(entry.data.stage)] ?? str(entry.data.stage)}`}
            >
              <Text size="sm" c="dimmed">
                {formatDateTime(str(entry.data.enteredAt) || entry.recordedAt)}
                {entry.data.cause ? ` · ${str(entry.data.cause).replace(/_/g, ' ')}` : ''}
              </Text>
            </Timeline.Item>
          ) : (
            <Timeline.Item
              key={index}
              title={`Gate into ${stageLabels[str(entry.data.toStage)] ?? str(entry.data.toStage)}: ${decisionLabels[str(entry.data.decision)] ?? str(entry.data.decision)}`}
            >
              <Text size="sm" c="dimmed">
                {str(entry.data.decidedBy)} · {formatDateTime(str(entry.data.decidedAt) || entry.recordedAt)}
              </Text>
              {entry.data.rationale ? <Text size="sm">{str(entry.data.rationale)}</Text> : null}
            </Timeline.Item>
          ),
        )}
      </Timeline>
    </>
  );
}
