import { DomainError } from '@product-ledger/domain';

export interface PlaybookProblem {
  /** Where in the submitted playbook, e.g. `gates[1].criteria[0].requiredActivities[2]`. */
  readonly path: string;
  readonly message: string;
}

export class PlaybookInvalid extends DomainError {
  constructor(readonly problems: readonly PlaybookProblem[]) {
    super(
      'playbook.invalid',
      `the playbook is not usable: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
      'rule-broken',
      {
        problems,
      },
    );
  }
}

/** Only reachable with a playbook that skipped validation. */
export class PlaybookGateMissing extends DomainError {
  constructor(stage: string) {
    super('playbook.gate_missing', `the playbook has no gate into ${stage}`, 'rule-broken', { stage });
  }
}
