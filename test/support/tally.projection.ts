import { randomUUID } from 'node:crypto';
import { NewEvent } from '@candor/contracts';
import { ProjectedDocument, Projection } from '@candor/application';

export interface TallyDoc extends ProjectedDocument {
  count: number;
  total: number;
  seen: string[];
}

/** Per stream: how many Added events, their sum and their ids, so a missed or doubled event shows. */
export const tallyProjection: Projection<TallyDoc> = {
  name: 'tally',
  collection: 'tallies',
  eventTypes: ['Added'],
  documentIds: (e) => [e.streamId],
  evolve(doc, e) {
    const current = doc ?? { _id: e.streamId, count: 0, total: 0, seen: [] };
    return { ...current, count: current.count + 1, total: current.total + Number(e.data.n), seen: [...current.seen, e.id] };
  },
};

export function added(n: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'Added',
    data: { n },
    metadata: { correlationId: 'c', causationId: null, userId: null, timestamp: new Date().toISOString(), schemaVersion: 1 },
  };
}
