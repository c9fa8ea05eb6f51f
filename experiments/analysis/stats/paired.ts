import { improvement, type Better } from '../../../engine/metrics/direction.ts';
import { describe } from './describe.ts';

/** Comparison of an arm with the reference arm over paired runs. */
export interface PairedContrast {
  /** Number of pairs used. */
  n: number;
  /** Mean of the paired differences arm - reference (NaN when n = 0). */
  meanDiff: number;
  /** Sample SD of the paired differences (NaN when n < 2). */
  sdDiff: number;
  /** Lower end of the Student-t confidence interval for `meanDiff` at `CONFIDENCE` (NaN when n < 2). */
  ciLow: number;
  /** Upper end of that interval (NaN when n < 2). */
  ciHigh: number;
  /**
   * Cohen's d_z: `meanDiff / sdDiff`, the mean difference in units of its own spread. NaN when
   * n < 2 or `sdDiff` is 0 (every pair differs by the same amount: no spread to measure against).
   */
  effectSize: number;
  /**
   * Share of pairs in which the arm is better than the reference (a tie counts half), per
   * `improvement` in `engine/metrics/direction.ts`. NaN when n = 0 or `better` is `none`.
   */
  pImprove: number;
  /** Mean of the paired cost differences arm - reference (NaN when no costs are given or n = 0). */
  costDiff: number;
  /**
   * Outcome change per unit of cost change, `meanDiff / costDiff`. NaN when `costDiff` is 0
   * or NaN (no costs given).
   */
  costEffectiveness: number;
}

/**
 * Paired contrast of an arm with the reference arm. Index `i` of every array is the same
 * (sweep point, replicate), run with the same seed in both arms (common random numbers), so
 * the differences are taken pair by pair. A pair is dropped when any of its given values
 * (outcomes, and costs when given) is not finite, so every field is computed on the same pairs.
 *
 * @param arm Outcome of the arm per pair.
 * @param reference Outcome of the reference arm per pair.
 * @param better Which direction of the outcome counts as an improvement.
 * @param armCost Cost of the arm per pair; give both costs or neither.
 * @param referenceCost Cost of the reference arm per pair.
 * @throws RangeError when lengths differ or only one of the costs is given.
 */
export function pairedContrast(
  arm: ArrayLike<number>,
  reference: ArrayLike<number>,
  better: Better,
  armCost?: ArrayLike<number>,
  referenceCost?: ArrayLike<number>,
): PairedContrast {
  const length = arm.length;
  if (reference.length !== length) {
    throw new RangeError(`pairedContrast: arm has ${length} values but reference has ${reference.length}`);
  }
  if ((armCost === undefined) !== (referenceCost === undefined)) {
    throw new RangeError('pairedContrast: give both armCost and referenceCost, or neither');
  }
  const costs = armCost !== undefined && referenceCost !== undefined ? { arm: armCost, reference: referenceCost } : null;
  if (costs && (costs.arm.length !== length || costs.reference.length !== length)) {
    throw new RangeError(
      `pairedContrast: costs have ${costs.arm.length} and ${costs.reference.length} values but outcomes have ${length}`,
    );
  }

  const diffs = new Float64Array(length);
  let n = 0;
  let improved = 0;
  let costSum = 0;
  for (let i = 0; i < length; i++) {
    // A difference is finite exactly when both sides are (bar overflow, dropped as well).
    const diff = arm[i] - reference[i];
    if (!Number.isFinite(diff)) continue;
    if (costs) {
      const costDiff = costs.arm[i] - costs.reference[i];
      if (!Number.isFinite(costDiff)) continue;
      costSum += costDiff;
    }
    diffs[n++] = diff;
    improved += improvement(arm[i], reference[i], better); // multiples of 0.5: the sum is exact
  }

  const d = describe(diffs.subarray(0, n));
  const costDiff = costs && n > 0 ? costSum / n : NaN;
  return {
    n,
    meanDiff: d.mean,
    sdDiff: d.sd,
    ciLow: d.ciLow,
    ciHigh: d.ciHigh,
    effectSize: d.sd > 0 ? d.mean / d.sd : NaN,
    // improvement() scores every pair 0.5 under `none`, which would read as a coin toss.
    pImprove: better === 'none' || n === 0 ? NaN : improved / n,
    costDiff,
    costEffectiveness: costDiff !== 0 ? d.mean / costDiff : NaN,
  };
}
