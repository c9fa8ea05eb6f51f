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
