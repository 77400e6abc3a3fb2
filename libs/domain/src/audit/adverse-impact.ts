/**
 * Adverse-impact statistics (pure): per group, the selection rate, its ratio to the highest-rate group with the
 * four-fifths rule, a two-sided Fisher exact p-value (and Pearson's chi-square where every expected count is at
 * least 5) of the group against all others, and the mean and distribution of each score. Groups below a minimum
 * count are suppressed (left out, only counted) so that no individual can be singled out.
 */

export interface ImpactObservation {
  readonly group: string;
  readonly selected: boolean;
  /** Score dimensions on 0..1; null where the dimension was not scored. */
  readonly scores: Readonly<Record<string, number | null>>;
}

export interface ScoreSummary {
  readonly count: number;
  readonly mean: number | null;
  /** Counts in [0,0.2), [0.2,0.4), [0.4,0.6), [0.6,0.8), [0.8,1]. */
  readonly distribution: readonly number[];
}

export interface GroupImpact {
  readonly group: string;
  readonly count: number;
  readonly selected: number;
  readonly selectionRate: number;
  /** This group's rate over the highest group's rate (null when no group selected anyone). */
  readonly impactRatio: number | null;
  /** The four-fifths rule: an impact ratio below 0.8. */
  readonly fourFifthsFlag: boolean;
  readonly fisherPValue: number | null;
  readonly chiSquarePValue: number | null;
  readonly scores: Readonly<Record<string, ScoreSummary>>;
}

export interface AdverseImpactReport {
  readonly dimension: string;
  readonly total: number;
  readonly minCount: number;
  readonly referenceGroup: string | null;
  readonly groups: readonly GroupImpact[];
  readonly suppressedGroups: number;
}

export const FOUR_FIFTHS = 0.8;
export const DISTRIBUTION_BINS = 5;

export function adverseImpact(dimension: string, observations: readonly ImpactObservation[], minCount: number, scoreDimensions: readonly string[]): AdverseImpactReport {
  const byGroup = new Map<string, ImpactObservation[]>();
  for (const o of observations) byGroup.set(o.group, [...(byGroup.get(o.group) ?? []), o]);
  const kept = [...byGroup].filter(([, members]) => members.length >= minCount).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const total = kept.reduce((n, [, members]) => n + members.length, 0);
  const totalSelected = kept.reduce((n, [, members]) => n + members.filter((m) => m.selected).length, 0);
  const rates = kept.map(([group, members]) => ({ group, members, selected: members.filter((m) => m.selected).length }));
  const best = rates.reduce<{ group: string; rate: number } | null>((top, r) => {
    const rate = r.selected / r.members.length;
    return top === null || rate > top.rate ? { group: r.group, rate } : top;
  }, null);
  const groups = rates.map(({ group, members, selected }): GroupImpact => {
    const rate = selected / members.length;
    const ratio = best && best.rate > 0 ? rate / best.rate : null;
    // The group against everyone else kept: [selected, not selected] x [group, others].
    const [a, b, c, d] = [selected, members.length - selected, totalSelected - selected, total - members.length - (totalSelected - selected)];
    const comparable = c + d > 0;
    return {
      group,
      count: members.length,
      selected,
      selectionRate: rate,
      impactRatio: ratio,
      fourFifthsFlag: ratio !== null && ratio < FOUR_FIFTHS,
      fisherPValue: comparable ? fisherExactTwoSided(a, b, c, d) : null,
      chiSquarePValue: comparable ? chiSquarePValue(a, b, c, d) : null,
      scores: Object.fromEntries(scoreDimensions.map((s) => [s, summarize(members.map((m) => m.scores[s] ?? null))])),
    };
  });
  return { dimension, total, minCount, referenceGroup: best && best.rate > 0 ? best.group : null, groups, suppressedGroups: byGroup.size - kept.length };
}

function summarize(values: readonly (number | null)[]): ScoreSummary {
  const present = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const distribution = new Array<number>(DISTRIBUTION_BINS).fill(0);
  for (const v of present) distribution[Math.min(DISTRIBUTION_BINS - 1, Math.max(0, Math.floor(v * DISTRIBUTION_BINS)))] += 1;
  return { count: present.length, mean: present.length ? present.reduce((s, v) => s + v, 0) / present.length : null, distribution };
}

function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) table[i] = table[i - 1] + Math.log(i);
  return table;
}

/** Two-sided Fisher exact test of a 2x2 table [[a, b], [c, d]]: the probability of tables at most as likely as this one. */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const row1 = a + b;
  const col1 = a + c;
  const lf = logFactorials(n);
  const logP = (x: number) => lf[row1] + lf[n - row1] + lf[col1] + lf[n - col1] - lf[n] - lf[x] - lf[row1 - x] - lf[col1 - x] - lf[n - row1 - col1 + x];
  const observed = logP(a);
  let p = 0;
  for (let x = Math.max(0, row1 + col1 - n); x <= Math.min(row1, col1); x++) {
    const lp = logP(x);
    if (lp <= observed + 1e-7) p += Math.exp(lp);
  }
  return Math.min(1, p);
}

/** Pearson's chi-square (1 degree of freedom) p-value of a 2x2 table; null when an expected count is below 5. */
export function chiSquarePValue(a: number, b: number, c: number, d: number): number | null {
  const n = a + b + c + d;
  const rows = [a + b, c + d];
  const cols = [a + c, b + d];
  const cells = [
    [a, rows[0], cols[0]],
    [b, rows[0], cols[1]],
    [c, rows[1], cols[0]],
    [d, rows[1], cols[1]],
  ];
  let chi = 0;
  for (const [observed, row, col] of cells) {
    const expected = (row * col) / n;
    if (expected < 5) return null;
    chi += (observed - expected) ** 2 / expected;
  }
  return erfc(Math.sqrt(chi / 2));
}

/** Complementary error function (Numerical Recipes' erfcc, relative error below 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
