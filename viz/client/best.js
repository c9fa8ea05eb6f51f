/**
 * Which arm the key-results table marks as best, and whether it is clearly best. The best point
 * estimate alone can be noise: ★ (clear) needs the paired difference from the baseline to have a
 * 95% interval entirely on the better side; otherwise the page shows ☆ (best point estimate, not
 * clearly better).
 */

/** Targets of the directions that mean "closer to a value". */
const TARGET = { zero: 0, one: 1 };
const SCORE = { higher: (v) => v, lower: (v) => -v, zero: (v) => -Math.abs(v), one: (v) => -Math.abs(v - 1) };

/**
 * Differences from the baseline that are improvements: an open interval `[low, high]`. For
 * `zero` and `one` the arm must land closer to the target than the baseline `b`: between 0 and
 * twice the distance to the target (further would overshoot).
 */
function betterRange(better, b) {
  if (better === 'higher') return [0, Infinity];
  if (better === 'lower') return [-Infinity, 0];
  const reach = 2 * (TARGET[better] - b);
  return [Math.min(0, reach), Math.max(0, reach)];
}

/**
 * The best arm at a point.
 * @param {(arm: number) => (number | null)[] | null} stat - `[n, mean, lo, hi]` of an arm
 * @param {(arm: number) => (number | null)[] | null} contrast - `[n, diff, lo, hi, ...]` against the baseline
 * @param {number} armCount
 * @param {number | null} baseline
 * @param {string} better - `higher`, `lower`, `zero`, `one` or `none`
 * @returns {{ arm: number, clear: boolean } | null} null when no direction or no values
 */
export function bestArm(stat, contrast, armCount, baseline, better) {
  const score = SCORE[better];
  if (score === undefined) return null;
  let arm = null;
  let top = -Infinity;
  for (let a = 0; a < armCount; a++) {
    const s = stat(a);
    if (s === null || s[1] === null || score(s[1]) <= top) continue;
    top = score(s[1]);
    arm = a;
  }
  if (arm === null) return null;
  const base = baseline === null ? null : stat(baseline)?.[1] ?? null;
  if (base === null || armCount < 2) return { arm, clear: false };
  const [low, high] = betterRange(better, base);
  const interval = (a) => {
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
