import { DomainEvent } from './event';

/**
 * A pure decider: decide(command, state) -> events (or throws a DomainError),
 * evolve(state, event) -> state. No framework, no I/O, no clock.
 */
export interface Decider<TState, TCommand, TEvent extends DomainEvent> {
  readonly initialState: () => TState;
  readonly decide: (command: TCommand, state: TState) => TEvent[];
  readonly evolve: (state: TState, event: TEvent) => TState;
}

export function fold<TState, TEvent extends DomainEvent>(
  decider: Pick<Decider<TState, unknown, TEvent>, 'initialState' | 'evolve'>,
  events: readonly TEvent[],
): TState {
  return events.reduce(decider.evolve, decider.initialState());
}

/** Exhaustiveness guard for the `default` branch of a switch over a union. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
