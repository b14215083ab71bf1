import { InvalidTransitionError } from './errors';

/**
 * A transition table: each action names the states it may start from and the state it leads to.
 * An `internal` action only happens as part of another one (never asked for by a user), so it
 * is not offered as an allowed move.
 */
export type TransitionTable<S extends string, A extends string> = Record<
  A,
  { from: readonly S[]; to: S; internal?: boolean }
>;

export interface StateMachine<S extends string, A extends string> {
  readonly entity: string;
  readonly table: TransitionTable<S, A>;
  /** The state `action` leads to from `current`, or an InvalidTransitionError naming the allowed moves. */
  next(current: S, action: A): S;
  /** Actions a user may ask for from `current`. */
  allowed(current: S): A[];
  can(current: S, action: A): boolean;
}

export function defineStateMachine<S extends string, A extends string>(
  entity: string,
  table: TransitionTable<S, A>,
): StateMachine<S, A> {
  const actions = Object.keys(table) as A[];
  const allowed = (current: S) =>
    actions.filter((a) => !table[a].internal && table[a].from.includes(current));
  return {
    entity,
    table,
    allowed,
    can: (current, action) => table[action]?.from.includes(current) ?? false,
    next(current, action) {
      const move = table[action];
      if (!move || !move.from.includes(current)) {
        throw new InvalidTransitionError(entity, current, action, allowed(current));
      }
      return move.to;
    },
  };
}
