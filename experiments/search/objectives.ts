/**
 * A package's objective values from its runs: each objective's statistic (mean, or a percentile
 * for a judgement that holds in bad draws too) over all its runs — every uncertainty sample and
 * replicate alike — and the same value turned into one to minimise for the search.
 */
import { quantile } from '../analysis/stats/index.ts';
import type { Objective, Statistic } from './types.ts';

/**
 * The statistic of `values` (NaN when any value is missing: a package with a failed run cannot
 * be judged). Percentiles interpolate between order statistics (`quantile` of the analysis).
 */
export function statistic(values: ArrayLike<number>, stat: Statistic): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0 || sorted.some((v) => !Number.isFinite(v))) return NaN;
  if (stat.kind === 'percentile') return quantile(sorted, stat.percentile / 100);
  let sum = 0;
  for (const v of sorted) sum += v;
  return sum / sorted.length;
}

/** An objective's value as the search minimises it: as is, negated (`higher`) or its magnitude (`zero`). */
export function toMinimise(objective: Objective, value: number): number {
  switch (objective.better) {
    case 'lower':
      return value;
    case 'higher':
      return -value;
    case 'zero':
      return Math.abs(value);
  }
}

/** How an objective reads in tables: metric, the statistic when not the mean, and the direction. */
export function objectiveTitle(objective: Objective): string {
  const stat = objective.statistic.kind === 'mean' ? 'mean' : `p${objective.statistic.percentile}`;
  return `${objective.metric} (${stat}, ${objective.better})`;
}
