import { RecordedEvent } from '@candor/contracts';
import { CodeExecutionResult } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { asInterviewEvent, isInterviewEvent } from './interview-events';

export type CodingEventType = 'code_update' | 'code_execution' | 'code_submission';

/** One entry of an interview's coding history (S0 `GET /api/coding/events/{session_id}`). */
export interface CodingEventDocument extends ProjectedDocument {
  id: string;
  interviewId: string;
  eventType: CodingEventType;
  code: string;
  language: string;
  /** What the candidate saw; null for an edit, which runs nothing. */
  output: string | null;
  input: string | null;
  result: CodeExecutionResult | null;
  createdAt: string;
  /** Tie-breaker for events recorded in the same millisecond: the stream revision. */
  sequence: number;
}

export const CODING_EVENTS_COLLECTION = 'interview_coding_events';

export const codingEventsProjection: Projection<CodingEventDocument> = {
  name: 'interview-coding-events',
  collection: CODING_EVENTS_COLLECTION,
  eventTypes: ['CodeUpdated', 'CodeExecuted', 'CodeSubmitted'],
  indexes: [{ keys: { interviewId: 1, sequence: 1 } }],
  // One document per event: the event id is stable across replays.
  documentIds: (event: RecordedEvent) => (isInterviewEvent(event) ? [event.id] : []),
  evolve(_doc, recorded) {
    const event = asInterviewEvent(recorded);
    const base = { _id: recorded.id, id: recorded.id, sequence: recorded.revision };
    switch (event.type) {
      case 'CodeUpdated':
        return {
          ...base,
          interviewId: event.data.interviewId,
          eventType: 'code_update',
          code: event.data.code,
          language: event.data.language,
          output: null,
          input: null,
          result: null,
          createdAt: event.data.updatedAt,
        };
      case 'CodeExecuted':
        return {
          ...base,
          interviewId: event.data.interviewId,
          eventType: 'code_execution',
          code: event.data.code,
          language: event.data.language,
          output: event.data.result.output,
          input: event.data.input,
          result: event.data.result,
          createdAt: event.data.executedAt,
        };
      case 'CodeSubmitted':
        return {
          ...base,
          interviewId: event.data.interviewId,
          eventType: 'code_submission',
          code: event.data.code,
          language: event.data.language,
          output: event.data.result.output,
          input: null,
          result: event.data.result,
          createdAt: event.data.submittedAt,
        };
      default:
        return _doc;
    }
  },
};
