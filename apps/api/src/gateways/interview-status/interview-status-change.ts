import type { RecordedEvent } from '@candor/contracts';
import type { InterviewEvent, InterviewStatus } from '@candor/domain';

/** An interview's status as an event sets it (S4's status and notification WebSockets relay these). */
export interface InterviewStatusChange {
  readonly interviewId: string;
  readonly status: InterviewStatus;
  readonly timestamp: string;
  readonly scheduledAt?: string | null;
  readonly reason?: string | null;
  /** Cancelled by the candidate's withdrawal. */
  readonly withdrawn?: boolean;
}

export function statusChangeOf(recorded: RecordedEvent): InterviewStatusChange | null {
  const event = recorded as unknown as InterviewEvent;
  switch (event.type) {
    case 'InterviewCreated':
      return {
        interviewId: event.data.interviewId,
        status: event.data.status,
        timestamp: event.data.createdAt,
        scheduledAt: event.data.scheduledAt,
      };
    case 'InterviewScheduled':
      return { interviewId: event.data.interviewId, status: 'scheduled', timestamp: event.data.at, scheduledAt: event.data.scheduledAt };
    case 'InterviewStarted':
      return { interviewId: event.data.interviewId, status: 'in_progress', timestamp: event.data.startedAt };
    case 'InterviewCompleted':
      return { interviewId: event.data.interviewId, status: 'completed', timestamp: event.data.endedAt };
    case 'InterviewCancelled':
      return { interviewId: event.data.interviewId, status: 'cancelled', timestamp: event.data.cancelledAt, reason: event.data.reason };
    case 'CandidateWithdrew':
      return { interviewId: event.data.interviewId, status: 'cancelled', timestamp: event.data.withdrawnAt, reason: event.data.reason, withdrawn: true };
    default:
      return null;
  }
}
