import { RecordedEvent } from '@candor/contracts';
import { INTERVIEW_STREAM_PREFIX, InterviewEvent } from '@candor/domain';

const INTERVIEW_STREAM = new RegExp(`^${INTERVIEW_STREAM_PREFIX}[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`, 'i');

/** The stream isInterviewEvent last tested, and its answer: each interview projection asks it of each event. */
let lastStream: string | null = null;
let lastIsInterview = false;

/**
 * Event type names are global in the log; another context may one day record a `CodeExecuted` of its own.
 * The interview projections only read events of interview streams.
 */
export function isInterviewEvent(event: RecordedEvent): boolean {
  if (event.streamId !== lastStream) {
    lastStream = event.streamId;
    lastIsInterview = INTERVIEW_STREAM.test(lastStream);
  }
  return lastIsInterview;
}

export function asInterviewEvent(event: RecordedEvent): InterviewEvent {
  return event as unknown as InterviewEvent;
}
