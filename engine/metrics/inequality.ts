/**
 * Inequality and distribution summaries over typed arrays.
 *
 * All functions are pure (except {@link summariseDurations}, which sorts its
 * input in place by contract) and allocate only their outputs plus, for
 * {@link gini}, one sorted copy of the included values and, for
 * {@link summariseDurations} of whole-number durations, one array of counts.
 *
 * @module
 */

/** Result of {@link theil}. */
export interface TheilResult {
  /** Theil T index over all included elements (>= 0). */
  total: number;
  /** Between-group component: `Σ_g s_g ln(μ_g / μ)`. */
  between: number;
  /** Within-group component: `Σ_g s_g T_g`. */
  within: number;
  /** Mean value of each group (0 for empty groups). */
  groupMeans: number[];
  /**
   * Share of the total value held by each group, `s_g = n_g μ_g / (n μ)`;
   * sums to 1 unless everything is 0 (then all shares are 0).
   */
  groupShares: number[];
  /** Theil T index within each group, `T_g` (0 for empty or all-zero groups). */
  groupTheil: number[];
  /** Number of included elements in each group. */
  groupCounts: number[];
  /** Number of included elements. */
  n: number;
}

/** Throws unless `x` is a finite non-negative number; inequality indices are undefined otherwise. */
function checkValue(x: number, i: number, fn: string): void {
  if (!(x >= 0) || x === Infinity) {
    throw new RangeError(`${fn}: values[${i}] = ${x} is not a finite non-negative number`);
  }
}

/**
 * Theil T index of non-negative values, decomposed by group.
 *
 * `T = (1/n) Σ (x_i/μ) ln(x_i/μ)` with the convention `0 ln 0 = 0`. The
 * decomposition is the standard additive one,
 * `T = Σ_g s_g ln(μ_g/μ) + Σ_g s_g T_g` (between + within), where `s_g` is the
 * group's share of the total value. All three quantities are accumulated in
 * the same pass with the same terms, so `between + within` equals `total` to
 * floating-point accuracy. Tiny negative round-off is clamped to 0 because all
 * three are mathematically non-negative.
 *
 * @param values Non-negative finite values (throws `RangeError` otherwise).
 * @param groups Group label of each element: an integer in `[0, groupCount)`.
 * @param groupCount Number of groups.
 * @param include Optional mask; an element is used only when `include[i] !== 0`.
 * @returns Zeros (never NaN) when there are no included elements (`n = 0`) or
 *   when the mean is 0.
 */
export function theil(
  values: ArrayLike<number>,
  groups: ArrayLike<number>,
  groupCount: number,
  include?: ArrayLike<number>,
): TheilResult {
  const len = values.length;
  const groupCounts = new Array<number>(groupCount).fill(0);
  const groupMeans = new Array<number>(groupCount).fill(0); // holds scaled sums, then scaled means
  const groupShares = new Array<number>(groupCount).fill(0);
  const groupTheil = new Array<number>(groupCount).fill(0); // holds Σ x ln(x/μ_g) during pass 3
  const { n, max } = countGroups(values, groups, groupCount, include, groupCounts);
  if (n === 0 || max === 0) {
    // Perfect equality (or nothing to measure): report zeros rather than 0/0.
    return { total: 0, between: 0, within: 0, groupMeans, groupShares, groupTheil, groupCounts, n };
  }

  // Pass 2: sums of x / max. Theil is scale-invariant, and scaling into [0, 1]
  // keeps sums from overflowing and means of subnormal values from underflowing to 0.
  let sum = 0;
  for (let i = 0; i < len; i++) {
    if (include !== undefined && include[i] === 0) continue;
    const x = values[i] / max;
    groupMeans[groups[i]] += x;
    sum += x;
  }
  const mean = sum / n;
  for (let g = 0; g < groupCount; g++) {
    const c = groupCounts[g];
    groupShares[g] = groupMeans[g] / sum;
    groupMeans[g] = c > 0 ? groupMeans[g] / c : 0;
  }

  // Pass 3: x ln(x/μ) against the overall and the group mean; zeros contribute nothing.
  let totalAcc = 0;
  for (let i = 0; i < len; i++) {
    if (include !== undefined && include[i] === 0) continue;
    const x = values[i] / max;
    if (x === 0) continue;
    const g = groups[i];
    totalAcc += x * Math.log(x / mean);
    groupTheil[g] += x * Math.log(x / groupMeans[g]);
  }

  let within = 0;
  let between = 0;
  for (let g = 0; g < groupCount; g++) {
    const gs = groupMeans[g] * groupCounts[g]; // group total
    if (gs === 0) {
      groupTheil[g] = 0;
      continue;
    }
    within += groupTheil[g];
    between += groupShares[g] * Math.log(groupMeans[g] / mean);
    groupTheil[g] = Math.max(0, groupTheil[g] / gs);
    groupMeans[g] *= max; // back to the caller's units
  }
  within /= sum;
  const total = totalAcc / sum;
  return {
    total: Math.max(0, total),
    between: Math.max(0, between),
    within: Math.max(0, within),
    groupMeans,
    groupShares,
    groupTheil,
    groupCounts,
    n,
  };
}

/**
 * Pass 1 of {@link theil}: checks the arguments and every included value (before any log is
 * taken), counts the included elements per group into `groupCounts`, and finds the maximum.
 */
function countGroups(values: ArrayLike<number>, groups: ArrayLike<number>, groupCount: number, include: ArrayLike<number> | undefined, groupCounts: number[]): { n: number; max: number } {
  if (!Number.isInteger(groupCount) || groupCount < 0) {
    throw new RangeError(`theil: groupCount must be a non-negative integer, got ${groupCount}`);
  }
  const len = values.length;
  if (groups.length < len) throw new RangeError('theil: groups is shorter than values');
  if (include !== undefined && include.length < len) {
    throw new RangeError('theil: include is shorter than values');
  }
  let n = 0;
  let max = 0;
  for (let i = 0; i < len; i++) {
    if (include !== undefined && include[i] === 0) continue;
    const x = values[i];
    checkValue(x, i, 'theil');
    const g = groups[i];
    if (!Number.isInteger(g) || g < 0 || g >= groupCount) {
      throw new RangeError(`theil: groups[${i}] = ${g} is not an integer in [0, ${groupCount})`);
    }
    groupCounts[g]++;
    n++;
    if (x > max) max = x;
  }
  return { n, max };
}

/**
 * Gini coefficient of non-negative values.
 *
 * Exact, O(n log n): the included values are copied into a `Float64Array`
 * (the only allocation), sorted ascending, and combined with the rank formula
 * `G = Σ_i (2i − n − 1) x_(i) / (n Σ x)` (i = 1..n), which avoids the
 * cancellation of the textbook `2Σ i x /(nΣx) − (n+1)/n` form.
 * The result lies in `[0, (n−1)/n]`, hence in `[0, 1)`.
 *
 * @param values Non-negative finite values (throws `RangeError` otherwise).
 * @param include Optional mask; an element is used only when `include[i] !== 0`.
 * @returns 0 for empty input, all-zero input or all-equal values.
 */
export function gini(values: ArrayLike<number>, include?: ArrayLike<number>): number {
  const len = values.length;
  if (include !== undefined && include.length < len) {
    throw new RangeError('gini: include is shorter than values');
  }
  let n = 0;
  for (let i = 0; i < len; i++) {
    if (include !== undefined && include[i] === 0) continue;
    checkValue(values[i], i, 'gini');
    n++;
  }
  if (n < 2) return 0;
  const sorted = new Float64Array(n);
  for (let i = 0, k = 0; i < len; i++) {
    if (include !== undefined && include[i] === 0) continue;
    sorted[k++] = values[i];
  }
  sorted.sort();
  return giniOfSorted(sorted);
}

/**
 * {@link gini} of values already sorted ascending (non-negative and finite; not checked): the
 * rank formula without the copy and the sort, for callers that can order their values faster.
 */
export function giniOfSorted(sorted: Float64Array): number {
  const n = sorted.length;
  if (n < 2) return 0;
  // All-equal (including all-zero) is exactly 0; do not let round-off say otherwise.
  if (sorted[0] === sorted[n - 1]) return 0;
  // Scale by the maximum so neither sum overflows; Gini is scale-invariant.
  const max = sorted[n - 1];
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < n; i++) {
    const x = sorted[i] / max;
    sum += x;
    weighted += (2 * (i + 1) - n - 1) * x;
  }
  const g = weighted / (n * sum);
  return Math.min(Math.max(g, 0), (n - 1) / n);
}

/**
 * Quantile of an ascending-sorted sample by linear interpolation between
 * order statistics — Hyndman & Fan type 7, R's default:
 * `h = (n − 1) q`, `Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋])`.
 *
 * @param sorted Values sorted ascending (not checked).
 * @param q Probability in `[0, 1]` (throws `RangeError` otherwise).
 * @returns NaN for an empty sample.
 */
export function quantile(sorted: Float64Array, q: number): number {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile: q = ${q} is not in [0, 1]`);
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const frac = h - lo;
  // Skip interpolation at exact order statistics so infinities do not turn into NaN.
  if (frac === 0 || lo + 1 >= n) return sorted[lo];
  return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}

/** Result of {@link summariseDurations}. */
export interface DurationSummary {
  /** Number of values summarised. */
  n: number;
  /** Arithmetic mean (NaN when n = 0). */
  mean: number;
  /** Median, type-7 quantile 0.5 (NaN when n = 0). */
  median: number;
  /** 90th percentile, type-7 quantile 0.9 (NaN when n = 0). */
  p90: number;
}

/**
 * Mean, median and 90th percentile of the first `n` entries of `values`.
 *
 * **Mutates its input:** sorts `values[0..n)` ascending in place, so callers
 * can reuse one scratch buffer per tick without allocating. Entries at index
 * `n` and beyond are untouched.
 *
 * @param values Scratch buffer whose first `n` entries are the durations.
 * @param n Number of valid entries, `0 <= n <= values.length`.
 * @returns NaN statistics when `n = 0`.
 */
export function summariseDurations(values: Float64Array, n: number): DurationSummary {
  if (!Number.isInteger(n) || n < 0 || n > values.length) {
    throw new RangeError(`summariseDurations: n = ${n} is not an integer in [0, ${values.length}]`);
  }
  if (n === 0) return { n: 0, mean: NaN, median: NaN, p90: NaN };
  const view = values.subarray(0, n); // a view, not a copy
  sortAscending(view);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += view[i];
  return { n, mean: sum / n, median: quantile(view, 0.5), p90: quantile(view, 0.9) };
}

/** Largest value {@link sortAscending} sorts by counting. */
const COUNTING_LIMIT = 1 << 16;

/**
 * Sorts in place, ascending, as `Float64Array.prototype.sort` does. Whole numbers from 0 to
 * 65,536 (durations in days) are sorted by counting, in linear time; anything else natively.
 */
function sortAscending(view: Float64Array): void {
  let max = 0;
  for (let i = 0; i < view.length; i++) {
    const x = view[i];
    // -0 would come back as 0: leave it to the native sort.
    if (!(x >= 0 && x <= COUNTING_LIMIT) || x !== Math.floor(x) || (x === 0 && 1 / x < 0)) {
      view.sort();
      return;
    }
    if (x > max) max = x;
  }
  const counts = new Int32Array(max + 1);
  for (let i = 0; i < view.length; i++) counts[view[i]]++;
  for (let v = 0, k = 0; v <= max; v++) for (let c = counts[v]; c > 0; c--) view[k++] = v;
}
