/**
 * Which arm the key-results table marks as best, and whether it is clearly best. The best point
 * estimate alone can be noise: ★ (clear) needs the paired difference from the baseline to have a
 * 95% interval entirely on the better side; otherwise the page shows ☆ (best point estimate, not
 * clearly better).
 */

import { betterScore, type Better } from '../../engine/metrics/direction.ts';

/** A row of statistics, `[n, value, lo, hi, ...]`, as the report data holds them. */
type Row = readonly (number | null)[];

/** Targets of the directions that mean "closer to a value". */
const TARGET = { zero: 0, one: 1 };

/**
 * Differences from the baseline that are improvements: an open interval `[low, high]`. For
 * `zero` and `one` the arm must land closer to the target than the baseline `b`: between 0 and
 * twice the distance to the target (further would overshoot).
 */
function betterRange(better: 'higher' | 'lower' | 'zero' | 'one', b: number): [number, number] {
  if (better === 'higher') return [0, Infinity];
  if (better === 'lower') return [-Infinity, 0];
  const reach = 2 * (TARGET[better] - b);
  return [Math.min(0, reach), Math.max(0, reach)];
}

/**
 * The best arm at a point; null when the direction is `none` or no arm has a value.
 * @param stat - `[n, mean, lo, hi]` of an arm
 * @param contrast - `[n, diff, lo, hi, ...]` of an arm against the baseline
 * @param baseline - the baseline arm, null for none
 * @param better - the direction that counts as better
 */
export function bestArm(stat: (arm: number) => Row | null, contrast: (arm: number) => Row | null, armCount: number, baseline: number | null, better: Better): { arm: number; clear: boolean } | null {
  const score = betterScore(better);
  if (score === undefined || better === 'none') return null;
  let arm: number | null = null;
  let top = -Infinity;
  for (let a = 0; a < armCount; a++) {
    const s = stat(a);
    const value = s?.[1] ?? null;
    if (value === null || score(value) <= top) continue;
    top = score(value);
    arm = a;
  }
  if (arm === null) return null;
  const base = baseline === null ? null : stat(baseline)?.[1] ?? null;
  if (base === null || armCount < 2) return { arm, clear: false };
  const [low, high] = betterRange(better, base);
  const interval = (a: number): [number, number] | null => {
    const c = contrast(a);
    return c && c[2] !== null && c[3] !== null ? [c[2], c[3]] : null;
  };
  if (arm !== baseline) {
    const ci = interval(arm);
    return { arm, clear: ci !== null && ci[0] > low && ci[1] < high };
  }
  // The baseline is clearly best when every other arm is clearly worse: its interval lies
  // wholly outside the range of improvements.
  const others = Array.from({ length: armCount }, (_, a) => a).filter((a) => a !== baseline);
  const clear = others.every((a) => {
    const ci = interval(a);
    return ci !== null && (ci[1] < low || ci[0] > high);
  });
  return { arm, clear };
}
