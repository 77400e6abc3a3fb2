import { CHECKPOINTS_COLLECTION } from './projection';
import { UnitOfWork } from './projection-batch';

describe('UnitOfWork', () => {
  it('writes the documents a batch changed, and nothing for a collection whose documents it only looked up', () => {
    const unit = new UnitOfWork();
    unit.documents('looked-up');
    unit.documents('changed').set('a', { _id: 'a' });
    unit.set('changed', 'b', null);
    const writes = unit.writes([['p', '00000000000000000001']], '2026-01-01T00:00:00.000Z');
    expect(writes.map((w) => w.collection)).toEqual(['changed', CHECKPOINTS_COLLECTION]);
    expect(writes[0].operations).toEqual([
      { replaceOne: { filter: { _id: 'a' }, replacement: { _id: 'a' }, upsert: true } },
      { deleteOne: { filter: { _id: 'b' } } },
    ]);
  });

  it('hands out the same map of a collection that set fills', () => {
    const unit = new UnitOfWork();
    const documents = unit.documents('c');
    unit.set('c', 'x', null);
    expect(documents.get('x')).toBeNull();
    expect(unit.get('c', 'x')).toBeNull();
  });
});
