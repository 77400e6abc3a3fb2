import { DomainEvent } from '../shared/event';

/**
 * Session codes are unique across interviews. Each code owns a stream; appending its first event with
 * "no stream expected" is the reservation, so two interviews can never win the same code.
 */
export type SessionCodeReserved = DomainEvent<
  'SessionCodeReserved',
  { readonly sessionCode: string; readonly interviewId: string; readonly reservedAt: string }
>;

export function sessionCodeStreamId(sessionCode: string): string {
  return `session-code-${sessionCode}`;
}
