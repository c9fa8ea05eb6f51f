/**
 * Hypervolume of a two-objective point set (both objectives minimised): the area dominated by the
 * set and bounded by a reference point (Zitzler & Thiele 1998). It is the yardstick of the search
 * tests: a set reaches a known front when its hypervolume comes close to the front's.
 *
 * In two dimensions it is exact by one sort: walk the points by increasing first objective and
 * add the slab each point adds below the lowest second objective seen so far.
 */

/** A point in objective space: (f1, f2), both minimised. */
export type Point2 = readonly [number, number] | readonly number[];

/**
 * Exact hypervolume of `points` (two minimised objectives) with respect to `reference`. Points
 * that do not strictly dominate the reference add nothing; dominated points and duplicates add
 * nothing either, so the set need not be a front. O(n log n).
 */
export function hypervolume2d(points: readonly Point2[], reference: Point2): number {
  const [r1, r2] = reference;
  const inside = points.filter((p) => p[0] < r1 && p[1] < r2).map((p) => [p[0], p[1]] as const);
  // Ties in f1 are broken by f2 so the lower point of a vertical pair comes first and the other adds nothing.
  inside.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let area = 0;
  let lowest = r2;
  for (const [f1, f2] of inside) {
    if (f2 < lowest) {
      area += (r1 - f1) * (lowest - f2);
      lowest = f2;
    }
  }
  return area;
}

/**
 * Exact hypervolume of `points` in any number of minimised objectives, by slicing the last
 * objective (HSO, Zitzler 2001; While et al. 2006): sort the points inside the reference by the
 * last objective; between consecutive values, the dominated region is the (M − 1)-dimensional
 * hypervolume of the points seen so far times the slice's depth. Two dimensions end in
 * {@link hypervolume2d}. Exponential in the dimension, fine for the 2–4 objectives and the fronts
 * of up to a few hundred points a design search has.
 */
export function hypervolume(points: readonly (readonly number[])[], reference: readonly number[]): number {
  const m = reference.length;
  if (m === 1) return points.reduce((best, p) => Math.max(best, reference[0] - p[0]), 0);
  if (m === 2) return hypervolume2d(points, reference);
  const inside = points.filter((p) => p.every((v, k) => v < reference[k])).sort((a, b) => a[m - 1] - b[m - 1]);
  const head = reference.slice(0, m - 1);
  let volume = 0;
  for (let i = 0; i < inside.length; i++) {
    const depth = (i + 1 < inside.length ? inside[i + 1][m - 1] : reference[m - 1]) - inside[i][m - 1];
    if (depth > 0) volume += depth * hypervolume(inside.slice(0, i + 1).map((p) => p.slice(0, m - 1)), head);
  }
  return volume;
}
