import { DomainError } from '../shared/domain-error';
import { InterviewStatus } from './interview.types';

/** The interview's stable error codes; each surface's filter turns the kind into its status and body. */
export const InterviewErrors = {
  notFound: () => new DomainError('INTERVIEW.NOT_FOUND', 'Interview not found', 'not_found'),
  alreadyExists: (id: string) => new DomainError('INTERVIEW.ALREADY_EXISTS', `Interview ${id} already exists`, 'conflict'),
  alreadyCompleted: (action: string) =>
    new DomainError('INTERVIEW.ALREADY_COMPLETED', `Cannot ${action}: the interview is already completed`, 'conflict'),
  alreadyCancelled: (action: string) =>
    new DomainError('INTERVIEW.ALREADY_CANCELLED', `Cannot ${action}: the interview was cancelled`, 'conflict'),
  alreadyStarted: (action: string) =>
    new DomainError('INTERVIEW.ALREADY_STARTED', `Cannot ${action}: the interview has already started`, 'conflict'),
  notStarted: (action: string) =>
    new DomainError('INTERVIEW.NOT_STARTED', `Cannot ${action}: the interview has not started yet`, 'conflict'),
  illegalTransition: (from: InterviewStatus, to: InterviewStatus) =>
    new DomainError('INTERVIEW.ILLEGAL_TRANSITION', `An interview cannot go from ${from} back to ${to}`, 'conflict'),
  scheduleRequired: () =>
    new DomainError('INTERVIEW.SCHEDULE_REQUIRED', 'An interview needs scheduled_at to become scheduled', 'invalid'),
  codingProblemMismatch: (asked: string, graded: string) =>
    new DomainError('INTERVIEW.CODING_PROBLEM_MISMATCH', `This interview's coding problem is ${asked}; a run graded against ${graded} cannot be recorded`, 'conflict'),
  invalid: (field: string, message: string) =>
    new DomainError('INTERVIEW.INVALID', `${field}: ${message}`, 'invalid', { field }),
  tooLarge: (field: string, message: string) =>
    new DomainError('INTERVIEW.TOO_LARGE', `${field}: ${message}`, 'too_large', { field }),
};

/** Which error a state that forbids an action answers with. */
export function rejectFinished(status: InterviewStatus | null, action: string): void {
  if (status === 'completed') throw InterviewErrors.alreadyCompleted(action);
  if (status === 'cancelled') throw InterviewErrors.alreadyCancelled(action);
}
