import { Decider, DomainError, DomainEvent, fold } from '@candor/domain';

/**
 * The decider spec idiom of STYLE.md: `given(events).when(command).then(events)` or `.thenThrows(code, kind?)`.
 * Decided events must also survive a JSON round trip unchanged (they are stored as JSON). `then` accepts
 * jest's asymmetric matchers (`expect.objectContaining`) for fields a row does not pin down; `historyOf` builds
 * a given from the commands that lead to it.
 */
export function givenWhenThen<TState, TCommand, TEvent extends DomainEvent>(decider: Decider<TState, TCommand, TEvent>) {
  return function given(events: readonly TEvent[]) {
    return {
      when(command: TCommand) {
        const decide = () => decider.decide(command, fold(decider, events));
        return {
          then(expected: readonly TEvent[]): void {
            const decided = decide();
            expect(decided).toEqual(expected);
            expect(JSON.parse(JSON.stringify(decided))).toEqual(decided);
          },
          thenThrows(code: string, kind?: DomainError['kind']): void {
            let thrown: unknown;
            try {
              decide();
            } catch (error) {
              thrown = error;
            }
            expect(thrown).toBeInstanceOf(DomainError);
            expect((thrown as DomainError).code).toBe(code);
            if (kind) expect((thrown as DomainError).kind).toBe(kind);
          },
        };
      },
    };
  };
}

/**
 * The history these commands decide one after the other, after `from`: a given built the way it happens
 * rather than typed out event by event (each command must succeed).
 */
export function historyOf<TState, TCommand, TEvent extends DomainEvent>(
  decider: Decider<TState, TCommand, TEvent>,
  commands: readonly TCommand[],
  from: readonly TEvent[] = [],
): TEvent[] {
  const history = [...from];
  for (const command of commands) history.push(...decider.decide(command, fold(decider, history)));
  return history;
}

/** For a `then` row: an event of this type whose data has (at least) these fields. */
export function eventWith<TEvent extends DomainEvent>(type: TEvent['type'], data: Record<string, unknown> = {}): TEvent {
  return expect.objectContaining({ type, data: expect.objectContaining(data) });
}
