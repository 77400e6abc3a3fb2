import { effectiveCheckpoints } from './effective-checkpoints';
import { CheckpointDocument, LOCKSTEP_CHECKPOINT_ID } from './projection';

const at = '2026-01-01T00:00:00.000Z';
const own = (name: string, position: string): CheckpointDocument => ({ _id: name, position, updatedAt: at });
const lockstep = (position: string, members: string[]): CheckpointDocument => ({ _id: LOCKSTEP_CHECKPOINT_ID, position, members, updatedAt: at });

describe('effectiveCheckpoints', () => {
  it('gives each name its own row when there is no lockstep row', () => {
    expect(effectiveCheckpoints([own('a', '00000000000000000003'), own('reactor', '00000000000000000009')])).toEqual(
      new Map([
        ['a', '00000000000000000003'],
        ['reactor', '00000000000000000009'],
      ]),
    );
  });

  it('gives members the later of their own row and the lockstep row, and names outside it their own row only', () => {
    const rows = [
      own('behind', '00000000000000000004'),
      own('ahead', '00000000000000000012'),
      own('outside', '00000000000000000002'),
      lockstep('00000000000000000010', ['behind', 'ahead', 'rowless']),
    ];
    expect(effectiveCheckpoints(rows)).toEqual(
      new Map([
        ['behind', '00000000000000000010'],
        ['ahead', '00000000000000000012'],
        ['outside', '00000000000000000002'],
        ['rowless', '00000000000000000010'],
      ]),
    );
  });

  it('compares positions as log positions, not by the order of the rows', () => {
    const rows = [lockstep('00000000000000000100', ['a']), own('a', '00000000000000000099')];
    expect(effectiveCheckpoints(rows).get('a')).toBe('00000000000000000100');
  });
});
