import { RecordedEvent } from '@candor/contracts';
import { INTERVIEW_STREAM_PREFIX, InterviewEvent } from '@candor/domain';

const INTERVIEW_STREAM = new RegExp(`^${INTERVIEW_STREAM_PREFIX}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`, 'i');

/**
 * Event type names are global in the log; another context may one day record a `CodeExecuted` of its own.
 * The interview projections only read events of interview streams.
 */
export function isInterviewEvent(event: RecordedEvent): boolean {
  return INTERVIEW_STREAM.test(event.streamId);
}

export function asInterviewEvent(event: RecordedEvent): InterviewEvent {
  return event as unknown as InterviewEvent;
}
