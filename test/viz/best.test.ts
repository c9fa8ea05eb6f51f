/**
 * The best-arm rule of the key-results table (viz/client/best.ts): ★ only when the paired
 * difference from the baseline is clearly on the better side, per direction.
 */
import { describe, expect, it } from 'vitest';
import type { Better } from '../../engine/metrics/direction.ts';
import { bestArm } from '../../viz/client/best.ts';

type Row = [mean: number, lo?: number, hi?: number];
/** Arm 0 is the baseline: `[mean]`; the others `[mean, diff_lo, diff_hi]` against it. */
function best(better: Better, rows: Row[]): { arm: number; clear: boolean } | null {
  return bestArm(
    (a: number) => [3, rows[a][0], null, null],
    (a: number) => (a === 0 ? null : [3, null, rows[a][1] ?? null, rows[a][2] ?? null]),
    rows.length,
    0,
    better,
  );
}

describe('the best arm', () => {
  it('higher: clear only when the difference interval is above zero', () => {
    expect(best('higher', [[0.5], [0.6, 0.02, 0.18], [0.55, -0.01, 0.1]])).toEqual({ arm: 1, clear: true });
    expect(best('higher', [[0.5], [0.6, -0.02, 0.22]])).toEqual({ arm: 1, clear: false });
  });

  it('lower: clear only when the difference interval is below zero', () => {
    expect(best('lower', [[10], [8, -3, -1]])).toEqual({ arm: 1, clear: true });
    expect(best('lower', [[10], [8, -3, 0.5]])).toEqual({ arm: 1, clear: false });
  });

  it('zero: clear only when every difference in the interval brings the value closer to zero', () => {
    // Baseline gap 0.2: improvements are differences in (-0.4, 0).
    expect(best('zero', [[0.2], [0.05, -0.25, -0.05]])).toEqual({ arm: 1, clear: true });
    expect(best('zero', [[0.2], [0.05, -0.45, -0.05]])).toEqual({ arm: 1, clear: false }); // may overshoot past -0.2
    expect(best('zero', [[-0.2], [-0.1, 0.02, 0.15]])).toEqual({ arm: 1, clear: true });
  });

  it('one: clear only when the ratio moves towards one', () => {
    expect(best('one', [[0.8], [0.9, 0.05, 0.15]])).toEqual({ arm: 1, clear: true });
    expect(best('one', [[0.8], [0.9, -0.01, 0.15]])).toEqual({ arm: 1, clear: false });
  });

  it('the baseline is clearly best only when every other arm is clearly worse', () => {
    expect(best('higher', [[0.6], [0.5, -0.2, -0.05], [0.55, -0.1, -0.01]])).toEqual({ arm: 0, clear: true });
    expect(best('higher', [[0.6], [0.5, -0.2, -0.05], [0.55, -0.1, 0.01]])).toEqual({ arm: 0, clear: false });
  });

  it('no direction or no values: no mark; a missing interval is never clear', () => {
    expect(best('none', [[1], [2, 0.5, 1.5]])).toBeNull();
    expect(bestArm(() => null, () => null, 2, 0, 'higher')).toBeNull();
    expect(bestArm((a: number) => [3, a, null, null], () => null, 2, 0, 'higher')).toEqual({ arm: 1, clear: false });
  });
});
