import { ProjectedDocument } from './projection';
import { UnitOfWork } from './projection-batch';
import { LruMap } from '../support/lru-map';

/**
 * The documents the runner's last batches wrote, as written (null: deleted, or known absent), by collection and id,
 * bounded (least recently used out). The runner is the only writer of its collections (the projector lease), so a
 * document found here is the store's: loading it costs no read. It holds only what a batch wrote successfully and
 * is dropped whenever that may no longer hold: a failed batch (which may have written part of itself, or left a
 * document it was handed changed in place by evolve or `stamp`), a rebuild, a stop, a start.
 *
 * An object found here is handed to the next batch as its current document; evolve returns a new one, or that
 * same one (then `stamp` sets its position in place). Either way the batch writes it, and only once that write
 * succeeded does it come back here: what the cache holds never runs ahead of the store.
 */
export class WrittenDocuments {
  private readonly documents: LruMap<string, ProjectedDocument | null>;

  constructor(capacity: number) {
    this.documents = new LruMap(capacity);
  }

  get size(): number {
    return this.documents.size;
  }

  /** The document as last written, null when the store has none, undefined when not known here. */
  get(collection: string, id: string): ProjectedDocument | null | undefined {
    return this.documents.get(keyOf(collection, id));
  }

  /** After the unit's write succeeded: each document it wrote (or deleted), as written. */
  remember(unit: UnitOfWork): void {
    for (const [collection, byId] of unit.docs) {
      for (const [id, doc] of byId) this.documents.set(keyOf(collection, id), doc);
    }
  }

  clear(): void {
    this.documents.clear();
  }
}

function keyOf(collection: string, id: string): string {
  return `${collection}\u0000${id}`;
}
