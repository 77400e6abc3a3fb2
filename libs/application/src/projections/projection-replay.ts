import { comparePositions, LogPosition, RecordedEvent, START_POSITION } from '@candor/contracts';
import { EventStore } from '../ports/event-store.port';
import { BulkWriter, ReadStore, WriteBatch } from '../ports/read-store.port';
import { ProjectedDocument, Projection } from './projection';
import { ProjectionRoutes, stamp, UnitOfWork } from './projection-batch';

/** Events read from the log per page: one query each, no subscription machinery per event. */
const PAGE_EVENTS = 1000;
/** Events per written batch: each document a batch changed is written once, with the checkpoints, in one write. */
export const REPLAY_BATCH_MAX_EVENTS = 10_000;
/** Past this many documents in a collection, the replay stops remembering which ids it wrote and reads them back. */
const WRITTEN_IDS_MAX = 2_000_000;

export interface ProjectionReplayOptions {
  readonly batchMaxEvents?: number;
  /** Each batch is written only while this matches (the projector's lease). */
  readonly guard?: WriteBatch['guard'];
  /** Asked between pages and batches: true ends the replay after writing the batch in hand. */
  readonly stopped?: () => boolean;
}

/**
 * Replays the whole log, up to its head, into projections without a checkpoint (emptied by a rebuild, or never
 * run): the log is read in pages, each event goes only to the projections that declare its type, a batch's
 * documents stay in memory and each one it changed is written once, with every replayed projection's checkpoint,
 * in one `writeBatch` (atomic in SQLite: a crash resumes from the last batch).
 * In a collection that was empty when the replay began, only documents an earlier batch wrote are read back
 * (any other is known absent); in one that was not, every document the first time it is needed.
 * Applies events exactly as the ProjectionRunner does (a document skips events it already reflects), so the
 * result is the one live projection reaches.
 */
export class ProjectionReplay {
  private readonly routes: ProjectionRoutes;
  /**
   * Per collection that was empty at the start, the ids earlier batches wrote; absent for a collection that was not,
   * or once it has more than WRITTEN_IDS_MAX.
   */
  private readonly written = new Map<string, Set<string>>();
  private unit = new UnitOfWork();
  /**
   * The batches a bulk writer has taken and not yet committed, oldest first: until then their documents are the
   * newest, read from here.
   */
  private readonly flying: { unit: UnitOfWork; committed: Promise<void> }[] = [];
  /** The store's bulk writer, opened with the first batch (null: the store has none); undefined until then. */
  private writer: BulkWriter | null | undefined;
  /** The collections that were empty when the replay began (the bulk writer may build their indexes at the end). */
  private empty: readonly string[] = [];

  constructor(
    private readonly events: EventStore,
    private readonly store: ReadStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectionReplayOptions = {},
  ) {
    this.routes = new ProjectionRoutes(projections);
    for (const p of projections) this.written.set(p.collection, new Set());
  }

  /** Replays from the start of the log to its head (or until stopped); resolves with the position the projections reached. */
  async run(): Promise<LogPosition> {
    const batchMax = this.options.batchMaxEvents ?? REPLAY_BATCH_MAX_EVENTS;
    let reached: LogPosition = START_POSITION;
    for (const collection of this.written.keys()) {
      if ((await this.store.collection(collection).findOne({})) !== null) this.written.delete(collection);
    }
    this.empty = [...this.written.keys()];
    try {
      pages: while (!this.options.stopped?.()) {
        const page = await this.events.readAll({ after: reached, maxCount: PAGE_EVENTS });
        if (page.length === 0) break;
        for (const event of page) {
          const reading = this.apply(event);
          if (reading) await reading;
          this.unit.events += 1;
          this.unit.position = reached = event.position;
          if (this.unit.events >= batchMax) {
            await this.commit();
            if (this.options.stopped?.()) break pages;
          }
        }
        // Let the process serve others between pages (the API replays in process after an erasure).
        await new Promise((resolve) => setImmediate(resolve));
      }
      await this.commit();
      await this.land();
    } finally {
      await this.writer?.close();
    }
    return reached;
  }

  /** Applies the event synchronously, unless a document it needs was written by an earlier batch: then reads it first. */
  private apply(event: RecordedEvent): Promise<void> | null {
    const handlers = this.routes.of(event.type);
    for (let p = 0; p < handlers.length; p += 1) {
      const { collection } = handlers[p];
      const ids = handlers[p].documentIds(event);
      const documents = this.unit.documents(collection);
      for (let i = 0; i < ids.length; i += 1) {
        let current = documents.get(ids[i]);
        if (current === undefined) current = this.flyingLatest(collection, ids[i]);
        if (current === undefined && this.mayBeStored(collection, ids[i])) return this.readThenApply(event, handlers, p, ids, i);
        this.applyTo(handlers[p], documents, ids[i], current ?? null, event);
      }
    }
    return null;
  }

  /** The rest of `apply`, from the `i`th document of the `p`th projection on, reading what earlier batches wrote. */
  private async readThenApply(event: RecordedEvent, handlers: readonly Projection[], p: number, ids: readonly string[], i: number): Promise<void> {
    for (;;) {
      const projection = handlers[p];
      for (; i < ids.length; i += 1) {
        let current = this.latest(projection.collection, ids[i]);
        if (current === undefined && this.mayBeStored(projection.collection, ids[i])) {
          await this.land();
          current = await this.store.collection<ProjectedDocument>(projection.collection).findOne({ _id: ids[i] });
          this.unit.set(projection.collection, ids[i], current); // kept even when this event changes nothing in it
        }
        this.applyTo(projection, this.unit.documents(projection.collection), ids[i], current ?? null, event);
      }
      p += 1;
      if (p >= handlers.length) return;
      ids = handlers[p].documentIds(event);
      i = 0;
    }
  }

  /** Applies the event to the document, into `documents` (the batch's documents of the projection's collection). */
  private applyTo(projection: Projection, documents: Map<string, ProjectedDocument | null>, id: string, current: ProjectedDocument | null, event: RecordedEvent): void {
    if (current?._position && comparePositions(current._position, event.position) >= 0) return;
    const next = projection.evolve(current, event);
    documents.set(id, next === null ? null : stamp(next, id, event.position));
  }

  /** The document as this batch or the newest one being committed left it; undefined when none touched it. */
  private latest(collection: string, id: string): ProjectedDocument | null | undefined {
    const current = this.unit.get(collection, id);
    return current === undefined ? this.flyingLatest(collection, id) : current; // null: this batch deleted it
  }

  /** The document as the newest batch being committed that touched it left it; undefined when none did. */
  private flyingLatest(collection: string, id: string): ProjectedDocument | null | undefined {
    let current: ProjectedDocument | null | undefined;
    for (let i = this.flying.length - 1; current === undefined && i >= 0; i -= 1) current = this.flying[i].unit.get(collection, id);
    return current;
  }

  private mayBeStored(collection: string, id: string): boolean {
    const written = this.written.get(collection);
    return !written || written.has(id);
  }

  /**
   * Hands the batch in hand to the store (with every replayed projection's checkpoint): with a bulk writer it
   * commits while the next batches are computed (up to the writer's `maxInFlight` taken, then this waits for the
   * oldest); without, before this returns.
   */
  private async commit(): Promise<void> {
    const unit = this.unit;
    if (unit.events === 0) return;
    if (this.writer === undefined) this.writer = this.store.bulkWriter?.({ emptyCollections: this.empty }) ?? null;
    const writer = this.writer;
    while (this.flying.length >= (writer?.maxInFlight ?? 1)) await this.landOldest();
    const checkpoints = this.projections.map((p) => [p.name, unit.position] as const);
    const batch = { writes: unit.writes(checkpoints, new Date().toISOString()), guard: this.options.guard };
    this.unit = new UnitOfWork();
    if (writer) {
      const committed = writer.write(batch);
      committed.catch(() => undefined); // observed by landOldest()
      this.flying.push({ unit, committed });
    } else {
      await this.store.writeBatch(batch);
      this.remember(unit);
    }
  }

  /** Waits for every batch being committed. */
  private async land(): Promise<void> {
    while (this.flying.length > 0) await this.landOldest();
  }

  /** Waits for the oldest batch being committed (a failed one fails the replay: the writer fails every later one). */
  private async landOldest(): Promise<void> {
    const { unit, committed } = this.flying[0];
    try {
      await committed;
    } finally {
      this.flying.shift();
    }
    this.remember(unit);
  }

  private remember(unit: UnitOfWork): void {
    for (const [collection, byId] of unit.docs) {
      const written = this.written.get(collection);
      if (!written) continue;
      for (const [id, doc] of byId) if (doc !== null) written.add(id);
      if (written.size > WRITTEN_IDS_MAX) this.written.delete(collection);
    }
  }
}
