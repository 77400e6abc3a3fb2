import { LogPosition, START_POSITION } from '@candor/contracts';
import { WriteBatch } from '../ports/read-store.port';
import { ALL_EVENT_TYPES, CHECKPOINTS_COLLECTION, CheckpointDocument, LOCKSTEP_CHECKPOINT_ID, ProjectedDocument, Projection } from './projection';

/** The documents and checkpoints a batch of events changed, written to the store together. */
export class UnitOfWork {
  readonly docs = new Map<string, Map<string, ProjectedDocument | null>>();
  events = 0;
  position: LogPosition = START_POSITION;

  get(collection: string, id: string): ProjectedDocument | null | undefined {
    return this.docs.get(collection)?.get(id);
  }

  set(collection: string, id: string, doc: ProjectedDocument | null): void {
    this.documents(collection).set(id, doc);
  }

  /** The collection's documents this batch changed, by id: the batch's own map (an empty one writes nothing). */
  documents(collection: string): Map<string, ProjectedDocument | null> {
    let byId = this.docs.get(collection);
    if (!byId) this.docs.set(collection, (byId = new Map()));
    return byId;
  }

  /**
   * The batch's writes: each changed document once (null deletes it), then the checkpoints it moved, then (with
   * `lockstepMembers`) the lockstep row at the batch's position: those projections have all applied the batch.
   */
  writes(
    checkpoints: readonly (readonly [name: string, position: LogPosition])[],
    updatedAt: string,
    lockstepMembers: readonly string[] | null = null,
  ): WriteBatch['writes'] {
    const rows: CheckpointDocument[] = checkpoints.map(([name, position]) => ({ _id: name, position, updatedAt }));
    if (lockstepMembers) rows.push({ _id: LOCKSTEP_CHECKPOINT_ID, position: this.position, members: [...lockstepMembers], updatedAt });
    return [
      ...[...this.docs.entries()].filter(([, byId]) => byId.size > 0).map(([collection, byId]) => ({
        collection,
        operations: [...byId.entries()].map(([id, doc]) =>
          doc === null
            ? { deleteOne: { filter: { _id: id } } }
            : { replaceOne: { filter: { _id: id }, replacement: doc as unknown as Record<string, unknown>, upsert: true } },
        ),
      })),
      {
        collection: CHECKPOINTS_COLLECTION,
        operations: rows.map((row) => ({
          replaceOne: { filter: { _id: row._id }, replacement: row as unknown as Record<string, unknown>, upsert: true },
        })),
      },
    ];
  }
}

/**
 * The document with its id and position: set in place on what evolve returned when that is a plain object
 * of this batch (evolve returns a new object, or the current one, which the batch owns); otherwise a copy.
 */
export function stamp(doc: ProjectedDocument, id: string, position: LogPosition): ProjectedDocument {
  // (an object already carrying another id may be shared between documents: that one is copied)
  if (Object.isExtensible(doc) && !Object.isFrozen(doc) && (doc._id === undefined || doc._id === id)) {
    const writable = doc as { _id: string; _position?: LogPosition };
    writable._id = id;
    writable._position = position;
    return doc;
  }
  return { ...doc, _id: id, _position: position };
}

/** Whether the projection takes events of this type (`'*'` takes every type). */
function handles(projection: Projection, type: string): boolean {
  return projection.eventTypes.includes(type) || projection.eventTypes.includes(ALL_EVENT_TYPES);
}

/** The projections that take each event type, in their order (computed once per type). */
export class ProjectionRoutes {
  private readonly byType = new Map<string, readonly Projection[]>();

  constructor(private readonly projections: readonly Projection[]) {}

  of(type: string): readonly Projection[] {
    let handlers = this.byType.get(type);
    if (!handlers) {
      handlers = this.projections.filter((p) => handles(p, type));
      this.byType.set(type, handlers);
    }
    return handlers;
  }
}
