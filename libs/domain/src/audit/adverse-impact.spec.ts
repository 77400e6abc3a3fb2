import { adverseImpact, chiSquarePValue, fisherExactTwoSided, ImpactObservation } from './adverse-impact';
import { decideGroupLabels, RecordGroupLabels } from './group-labels.decider';

/** A generated data set: `selected` of `count` candidates of `group` are selected; scores spread evenly. */
function generate(group: string, count: number, selected: number, score: number): ImpactObservation[] {
  return Array.from({ length: count }, (_, i) => ({ group, selected: i < selected, scores: { overall: score, technical: i % 2 ? score : null } }));
}

describe('adverse impact', () => {
  it('given a data set with a known ratio: rates, impact ratio 0.5 flagged by the four-fifths rule, exact p-values', () => {
    const data = [...generate('a', 50, 30, 0.7), ...generate('b', 50, 15, 0.3), ...generate('c', 3, 3, 0.9)];

    const report = adverseImpact('gender', data, 5, ['overall', 'technical']);

    expect(report).toMatchObject({ dimension: 'gender', total: 100, minCount: 5, referenceGroup: 'a', suppressedGroups: 1 });
    expect(report.groups.map((g) => g.group)).toEqual(['a', 'b']);
    const [a, b] = report.groups;
    expect(a).toMatchObject({ count: 50, selected: 30, selectionRate: 0.6, impactRatio: 1, fourFifthsFlag: false });
    expect(b).toMatchObject({ count: 50, selected: 15, selectionRate: 0.3, impactRatio: 0.5, fourFifthsFlag: true });
    // [[15, 35], [30, 20]]: checked against exact enumeration and Pearson's statistic 9.0909 (1 df).
    expect(b.fisherPValue).toBeCloseTo(0.004635, 5);
    expect(b.chiSquarePValue).toBeCloseTo(0.002569, 5);
    expect(b.scores.overall).toMatchObject({ count: 50, distribution: [0, 50, 0, 0, 0] });
    expect(b.scores.overall.mean).toBeCloseTo(0.3, 10);
    expect(b.scores.technical.count).toBe(25);
    expect(JSON.stringify(report)).not.toContain('"c"');
  });

  it('Fisher exact matches textbook tables; chi-square is withheld when an expected count is below 5', () => {
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(0.485714, 5);
    expect(fisherExactTwoSided(1, 9, 11, 3)).toBeCloseTo(0.002759, 5);
    expect(chiSquarePValue(3, 1, 1, 3)).toBeNull();
  });

  it('nobody selected anywhere: no reference group and no ratio; a single group has no comparison', () => {
    const none = adverseImpact('g', [...generate('x', 5, 0, 0.1), ...generate('y', 5, 0, 0.1)], 5, []);
    expect(none.referenceGroup).toBeNull();
    expect(none.groups.every((g) => g.impactRatio === null && !g.fourFifthsFlag)).toBe(true);
    const single = adverseImpact('g', generate('x', 6, 2, 0.5), 5, []);
    expect(single.groups[0]).toMatchObject({ impactRatio: 1, fisherPValue: null, chiSquarePValue: null });
  });
});

describe('group labels decider', () => {
  const record = (labels: Record<string, unknown>): RecordGroupLabels => ({
    type: 'RecordGroupLabels',
    data: { interviewId: 'i-1', labels, actorId: 'admin-1' },
    metadata: { now: '2026-01-01T00:00:00.000Z' },
  });

  it('records trimmed labels; the same labels again record nothing', () => {
    expect(decideGroupLabels(record({ gender: ' female ', age_band: '40+' }), null)).toEqual([
      { type: 'GroupLabelsRecorded', data: { interviewId: 'i-1', labels: { gender: 'female', age_band: '40+' }, recordedBy: 'admin-1', recordedAt: '2026-01-01T00:00:00.000Z' } },
    ]);
    expect(decideGroupLabels(record({ age_band: '40+', gender: 'female' }), { gender: 'female', age_band: '40+' })).toEqual([]);
  });

  it('refuses bad names, empty or long values, non-text values and too many labels', () => {
    for (const labels of [{ Gender: 'f' }, { gender: '' }, { gender: 'x'.repeat(61) }, { gender: 3 }, Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`l${i}`, 'v']))]) {
      expect(() => decideGroupLabels(record(labels), null)).toThrow(expect.objectContaining({ code: 'AUDIT.INVALID_LABELS', kind: 'invalid' }));
    }
  });
});
