import { deciderSpec } from '@product-ledger/domain/testing';
import { playbookSchema, type Playbook } from '@product-ledger/contracts';
import { defaultPlaybook } from './default-playbook';
import { playbookDecider } from './playbook-decider';
import { validatePlaybook } from './validate-playbook';

const spec = deciderSpec(playbookDecider);
const at = '2026-03-01T09:00:00.000Z';
const replace = (playbook: Playbook) => ({
  type: 'ReplacePlaybook' as const,
  playbook,
  actor: 'ada.admin',
  at,
});

describe('the default playbook', () => {
  it('keeps its own rules and its contract', () => {
    expect(validatePlaybook(defaultPlaybook)).toEqual([]);
    expect(playbookSchema.safeParse(defaultPlaybook).success).toBe(true);
  });

  it('is in force before any admin changed it', () => {
    expect(playbookDecider.initialState()).toEqual({ revision: 0, playbook: defaultPlaybook });
  });
});

describe('replacing the playbook', () => {
  const webFriendly: Playbook = {
    ...defaultPlaybook,
    name: 'Web products',
    gates: defaultPlaybook.gates.map((gate) =>
      gate.toStage === 'go_to_market' ? { ...gate, requiresReview: false } : gate,
    ),
  };

  it('records the new playbook as the next revision', () => {
    spec.when(replace(webFriendly)).then([
      {
        type: 'PlaybookChanged',
        data: { revision: 1, playbook: webFriendly, changedBy: 'ada.admin', changedAt: at },
      },
    ]);
    spec
      .given([
        {
          type: 'PlaybookChanged',
          data: { revision: 1, playbook: webFriendly, changedBy: 'ada.admin', changedAt: at },
        },
      ])
      .when(replace(defaultPlaybook))
      .thenState((state) => expect(state).toEqual({ revision: 2, playbook: defaultPlaybook }));
  });

  it('refuses a playbook without a gate into every gated stage', () => {
    const problems = problemsOf({
      ...defaultPlaybook,
      gates: defaultPlaybook.gates.filter((gate) => gate.toStage !== 'in_life'),
    });
    expect(problems).toEqual([{ path: 'gates', message: 'the gate into in_life is missing' }]);
  });

  it('refuses an activity id used twice, a stage listed twice and a gate listed twice', () => {
    const innovation = defaultPlaybook.stages[0]!;
    const problems = problemsOf({
      ...defaultPlaybook,
      stages: [...defaultPlaybook.stages, { stage: 'innovation', activities: [innovation.activities[0]!] }],
      gates: [...defaultPlaybook.gates, defaultPlaybook.gates[0]!],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'stages[6].stage',
      'stages[6].activities[0].id',
      'gates[4].toStage',
    ]);
  });

  it('refuses required activities that are not activities of the stage the gate leaves', () => {
    const gates = defaultPlaybook.gates.map((gate) =>
      gate.toStage === 'analysis'
        ? {
            ...gate,
            criteria: [{ ...gate.criteria[0]!, requiredActivities: ['market-validation', 'no-such-thing'] }],
          }
        : gate,
    );
    expect(problemsOf({ ...defaultPlaybook, gates })).toEqual([
      {
        path: 'gates[0].criteria[0].requiredActivities[0]',
        message:
          'market-validation is an activity of analysis, not of innovation (the stage this gate leaves)',
      },
      {
        path: 'gates[0].criteria[0].requiredActivities[1]',
        message: 'no-such-thing is not an activity of innovation',
      },
    ]);
  });

  it('refuses a development gate without review, a reviewed gate without criteria and a criterion id used twice', () => {
    const gates = defaultPlaybook.gates.map((gate) => {
      if (gate.toStage === 'development') return { ...gate, requiresReview: false };
      if (gate.toStage === 'go_to_market') return { ...gate, criteria: [] };
      if (gate.toStage === 'in_life') return { ...gate, criteria: [gate.criteria[0]!, gate.criteria[0]!] };
      return gate;
    });
    expect(problemsOf({ ...defaultPlaybook, gates }).map((p) => p.path)).toEqual([
      'gates[1].requiresReview',
      'gates[2].criteria',
      'gates[3].criteria[1].id',
    ]);
  });

  it('throws playbook.invalid with every problem', () => {
    spec.when(replace({ ...defaultPlaybook, gates: [] })).thenThrows('playbook.invalid');
  });
});

function problemsOf(playbook: Playbook) {
  try {
    playbookDecider.decide(replace(playbook), playbookDecider.initialState());
  } catch (error) {
    return (error as { details: { problems: { path: string; message: string }[] } }).details.problems;
  }
  throw new Error('expected the playbook to be refused');
}
