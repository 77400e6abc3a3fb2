import { RecordedEvent } from '@candor/contracts';
import { Speaker } from '@candor/domain';
import { ProjectedDocument, Projection } from '../../projections/projection';
import { asInterviewEvent, isInterviewEvent } from './interview-events';

export interface TranscriptEntry {
  id: string;
  speaker: Speaker;
  text: string;
  timestamp: string;
}

/** An interview's transcript, in the order it was spoken. */
export interface TranscriptDocument extends ProjectedDocument {
  interviewId: string;
  messages: TranscriptEntry[];
}

export const TRANSCRIPTS_COLLECTION = 'interview_transcripts';

export const transcriptProjection: Projection<TranscriptDocument> = {
  name: 'interview-transcripts',
  collection: TRANSCRIPTS_COLLECTION,
  eventTypes: ['MessageRecorded'],
  documentIds: (event: RecordedEvent) => (isInterviewEvent(event) ? [String(event.data.interviewId)] : []),
  evolve(doc, recorded) {
    const event = asInterviewEvent(recorded);
    if (event.type !== 'MessageRecorded') return doc;
    const { interviewId, messageId, speaker, text, timestamp } = event.data;
    const current = doc ?? { _id: interviewId, interviewId, messages: [] };
    return { ...current, messages: [...current.messages, { id: messageId, speaker, text, timestamp }] };
  },
};
