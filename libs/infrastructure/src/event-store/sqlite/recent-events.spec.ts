import { RawEventRow, RecentEvents } from './recent-events';

const row = (position: number): RawEventRow => [position, `e${position}`, 's', position, 'T', '{}', '{}', 'at', 'h', 'p'];
const positions = (rows: RawEventRow[] | null) => rows && rows.map((r) => r[0]);

describe('RecentEvents', () => {
  it('answers the rows after a position it keeps, up to a count, and nothing for what it does not keep', () => {
    const recent = new RecentEvents(4);
    expect(recent.after(0, 10)).toBeNull();
    recent.add([row(11), row(12)]);
    recent.add([row(13)]);
    expect(positions(recent.after(10, 10))).toEqual([11, 12, 13]);
    expect(positions(recent.after(11, 1))).toEqual([12]);
    expect(recent.after(9, 10)).toBeNull(); // row 10 is not kept
    expect(recent.after(13, 10)).toBeNull(); // after the last: another process may have committed since
    expect(recent.endsAt(13)).toBe(true);
    expect(recent.endsAt(12)).toBe(false);
    expect(new RecentEvents(4).endsAt(0)).toBe(false); // nothing committed here: the file is the only source
  });

  it('keeps only the last rows (the oldest go), and starts again at a row that does not follow the last one', () => {
    const recent = new RecentEvents(3);
    recent.add([row(1), row(2), row(3), row(4)]);
    expect(recent.after(0, 10)).toBeNull();
    expect(positions(recent.after(1, 10))).toEqual([2, 3, 4]);
    recent.add([row(7), row(8)]); // 5 and 6 were another process's
    expect(recent.after(4, 10)).toBeNull();
    expect(positions(recent.after(6, 10))).toEqual([7, 8]);
  });
});
