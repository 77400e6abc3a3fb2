import { Decider, DomainError, DomainEvent, fold } from '@candor/domain';

/**
 * The decider spec idiom of STYLE.md: `given(events).when(command).then(events)` or `.thenThrows(code, kind?)`.
 * Decided events must also survive a JSON round trip unchanged (they are stored as JSON).
 */
export function givenWhenThen<TState, TCommand, TEvent extends DomainEvent>(decider: Decider<TState, TCommand, TEvent>) {
  return function given(events: TEvent[]) {
    return {
      when(command: TCommand) {
        const decide = () => decider.decide(command, fold(decider, events));
        return {
          then(expected: TEvent[]) {
            const decided = decide();
            expect(decided).toEqual(expected);
            expect(JSON.parse(JSON.stringify(decided))).toEqual(decided);
          },
          thenThrows(code: string, kind?: DomainError['kind']) {
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
