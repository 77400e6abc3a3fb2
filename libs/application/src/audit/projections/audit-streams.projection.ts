import { RecordedEvent } from '@candor/contracts';
import { ALL_EVENT_TYPES, ProjectedDocument, Projection } from '../../projections/projection';

/** One document per stream of the log, under its stored name: what `GET /api/v1/audit/streams` lists. */
export interface AuditStreamDocument extends ProjectedDocument {
  stream: string;
  category: string;
  events: number;
  first_position: string;
  last_position: string;
  created_at: string;
  updated_at: string;
  last_event_type: string;
}

export const AUDIT_STREAMS_COLLECTION = 'audit_streams';

/** `interview-<id>` belongs to `interview`; a name without a dash is its own category. */
export function streamCategory(stream: string): string {
  const dash = stream.indexOf('-');
  return dash > 0 ? stream.slice(0, dash) : stream;
}

export const auditStreamsProjection: Projection<AuditStreamDocument> = {
  name: 'audit-streams',
  collection: AUDIT_STREAMS_COLLECTION,
  eventTypes: [ALL_EVENT_TYPES],
  indexes: [{ keys: { category: 1, stream: 1 } }, { keys: { stream: 1 } }],
  documentIds: (event: RecordedEvent) => [event.streamId],
  evolve(doc, event) {
    return {
      _id: event.streamId,
      stream: event.streamId,
      category: streamCategory(event.streamId),
      events: event.revision,
      first_position: doc?.first_position ?? event.position,
      last_position: event.position,
      created_at: doc?.created_at ?? event.recordedAt,
      updated_at: event.recordedAt,
      last_event_type: event.type,
    };
  },
};
