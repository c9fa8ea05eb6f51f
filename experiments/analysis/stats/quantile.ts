/**
 * Quantile `p` of ascending `sorted` values by linear interpolation between order statistics
 * (Hyndman & Fan type 7, R's default): position `(m - 1) p` in the `m` finite values.
 * Non-finite values are skipped, as in `describe`; NaN when none remain.
 *
 * @param sorted Values in ascending order (not checked).
 * @param p Probability in [0, 1].
 * @throws RangeError when `p` is not in [0, 1].
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p = ${p} is not in [0, 1]`);
  const xs = finiteOnly(sorted);
  const m = xs.length;
  if (m === 0) return NaN;
  const h = (m - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = xs[lo];
  const b = xs[hi];
  if (hi === lo || a === b) return a;
  // R's own formula, so results match R's bits where possible.
  const w = h - lo;
  return (1 - w) * a + w * b;
}

/** The 5th and 95th percentiles of a sample: the central 90% range. */
export interface Percentiles90 {
  p5: number;
  p95: number;
}

/**
 * 5th and 95th percentiles (type 7, see {@link quantile}) of unsorted `values`. Sorts a copy;
 * the input is not modified. Non-finite values are skipped; NaN for both when none remain.
 */
export function p5p95(values: ArrayLike<number>): Percentiles90 {
  const sorted = Float64Array.from(finiteOnly(values)).sort(); // typed-array sort is numeric
  return { p5: quantile(sorted, 0.05), p95: quantile(sorted, 0.95) };
}

/** `values` itself when every entry is finite, else a compacted copy in the same order. */
function finiteOnly(values: ArrayLike<number>): ArrayLike<number> {
  let finite = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite++;
  if (finite === values.length) return values;
  const out = new Float64Array(finite);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) out[k++] = values[i];
  return out;
}
