import { LogPosition, RecordedEvent } from '@candor/contracts';
import { IndexSpec } from '../ports/read-store.port';

/** Every projected document records the global position of the last event applied to it. */
export interface ProjectedDocument {
  _id: string;
  _position?: LogPosition;
}

/**
 * A projection is a pure evolve(doc | null, event) -> doc | null (null deletes) over an explicit list of
 * event types. The runner loads and stores the documents, skips events a document already reflects, and
 * keeps the projection's checkpoint; so a redelivered or replayed event changes nothing.
 */
export interface Projection<TDoc extends ProjectedDocument = ProjectedDocument> {
  readonly name: string;
  readonly collection: string;
  readonly eventTypes: readonly string[];
  readonly indexes?: readonly Omit<IndexSpec, 'collection'>[];
  /** The ids of the documents this event changes (usually one). */
  documentIds(event: RecordedEvent): readonly string[];
  evolve(doc: TDoc | null, event: RecordedEvent): TDoc | null;
}

export const PROJECTIONS = Symbol('PROJECTIONS');
/** In `eventTypes`: every event of the log (an index of streams, not a view of one context). */
export const ALL_EVENT_TYPES = '*';
export const CHECKPOINTS_COLLECTION = '_checkpoints';

/**
 * The row of one projection or reactor (`_id` its name), or the lockstep row (`_id` LOCKSTEP_CHECKPOINT_ID): every
 * one of its `members` has applied everything up to its position (see effectiveCheckpoints).
 */
export interface CheckpointDocument {
  _id: string;
  position: LogPosition;
  updatedAt: string;
  members?: string[];
}

/** The `_id` of the lockstep checkpoint row, which no projection may take as its name. */
export const LOCKSTEP_CHECKPOINT_ID = '_lockstep';
