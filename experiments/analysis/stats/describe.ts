import { tCritical } from './tCritical.ts';

export { CONFIDENCE } from './tCritical.ts';

/** Summary of a sample of replicate results. */
export interface Description {
  /** Number of finite values used. */
  n: number;
  /** Arithmetic mean (NaN when n = 0). */
  mean: number;
  /** Sample standard deviation, denominator n - 1 (NaN when n < 2). */
  sd: number;
  /** Lower end of the Student-t confidence interval for the mean at `CONFIDENCE` (NaN when n < 2). */
  ciLow: number;
  /** Upper end of that interval (NaN when n < 2). */
  ciHigh: number;
}

/**
 * Mean, sample SD and Student-t confidence interval of `values`. Values that are not finite
 * (NaN for a run that produced no value, ±Infinity) are skipped. Sums run in index order, so
 * the same input gives the same bits.
 */
export function describe(values: ArrayLike<number>): Description {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) {
      n++;
      sum += v;
    }
  }
  if (n === 0) return { n, mean: NaN, sd: NaN, ciLow: NaN, ciHigh: NaN };
  const mean = sum / n;
  if (n === 1) return { n, mean, sd: NaN, ciLow: NaN, ciHigh: NaN };
  // Second pass around the mean: no cancellation, unlike sum of squares minus n * mean².
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) squares += (v - mean) * (v - mean);
  }
  const sd = Math.sqrt(squares / (n - 1));
  const half = (tCritical(n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, ciLow: mean - half, ciHigh: mean + half };
}
