import { DomainError, SessionCodeReserved, sessionCodeStreamId } from '@candor/domain';
import { AggregateStore } from '../../commands/aggregate-store';
import { ConcurrencyError } from '../../ports/event-store.port';

const ATTEMPTS = 10;

/** Reserves a fresh session code for an interview, drawing again while the drawn code is taken. */
export async function reserveSessionCode(
  store: AggregateStore,
  interviewId: string,
  now: string,
  draw: () => string,
): Promise<string> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const sessionCode = draw();
    const reserved: SessionCodeReserved = { type: 'SessionCodeReserved', data: { sessionCode, interviewId, reservedAt: now } };
    try {
      await store.appendDecided(sessionCodeStreamId(sessionCode), [reserved], 'no_stream');
      return sessionCode;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
    }
  }
  throw new DomainError('INTERVIEW.SESSION_CODE_UNAVAILABLE', 'Could not reserve a unique session code; try again', 'unavailable');
}
