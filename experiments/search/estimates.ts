/**
 * What a final package is worth, estimated twice: from the runs the search judged it on, and
 * from fresh runs on seeds (and uncertainty samples) the search never saw. The search keeps the
 * packages that looked best on its own runs, so its estimates are biased in their favour (the
 * winner's curse); the fresh estimates are not, and the difference between the two says how much
 * the search's luck flattered each package.
 *
 * Each estimate gives the objective's statistic over the runs, the mean with its 95% interval,
 * and the paired difference from the baseline — pair by pair on the same seeds — with its 95%
 * interval and the share of pairs in which the package did better.
 */
import { describe, pairedContrast } from '../analysis/stats/index.ts';
import { statistic } from './objectives.ts';
import type { Objective } from './types.ts';

/** One objective (or the cost) of one package, from one set of runs. */
export interface Estimate {
  /** The objective's statistic (mean or percentile) over the runs. */
  value: number;
  /** Runs with a value. */
  n: number;
  mean: number;
  ciLow: number;
  ciHigh: number;
  /** Mean paired difference package − baseline, its 95% interval, and the share of pairs the package did better in. */
  diff: number;
  diffLow: number;
  diffHigh: number;
  pImprove: number;
}

/** The estimate of one objective from a package's values and the baseline's on the same pairs. */
export function estimate(values: ArrayLike<number>, baseline: ArrayLike<number>, objective: Pick<Objective, 'better' | 'statistic'>): Estimate {
  const d = describe(values);
  const c = pairedContrast(values, baseline, objective.better);
  return { value: statistic(values, objective.statistic), n: d.n, mean: d.mean, ciLow: d.ciLow, ciHigh: d.ciHigh, diff: c.meanDiff, diffLow: c.ciLow, diffHigh: c.ciHigh, pImprove: c.pImprove };
}

/** The cost's estimate: the mean money spent (`cost_total`), lower being better. */
export function costEstimate(values: ArrayLike<number>, baseline: ArrayLike<number>): Estimate {
  return estimate(values, baseline, { better: 'lower', statistic: { kind: 'mean' } });
}

/** The columns an estimate fills in a table, prefixed (`fresh_unmet_share_`). */
export function estimateColumns(prefix: string): string[] {
  return ['value', 'mean', 'ci_low', 'ci_high', 'diff', 'diff_ci_low', 'diff_ci_high', 'p_improve'].map((c) => `${prefix}${c}`);
}

/** An estimate's cells in {@link estimateColumns} order. */
export function estimateCells(e: Estimate | null): number[] {
  return e === null ? Array(8).fill(NaN) : [e.value, e.mean, e.ciLow, e.ciHigh, e.diff, e.diffLow, e.diffHigh, e.pImprove];
}
