import { Actor } from './actor';

const ACTOR = Symbol('product-ledger:actor');

type WithActor = { [ACTOR]?: Actor };

export function attachActor(request: object, actor: Actor): void {
  (request as WithActor)[ACTOR] = actor;
}

export function actorOf(request: object): Actor | undefined {
  return (request as WithActor)[ACTOR];
}
