import { describe, expect, it } from 'vitest';
import { CONFIDENCE, tCritical } from '../../../experiments/analysis/stats/index.ts';

/** R: qt(0.975, df), printed with 15 significant digits. */
const R_QT_975: [number, number][] = [
  [1, 12.7062047361747],
  [2, 4.30265272974946],
  [3, 3.18244630528426],
  [4, 2.77644510519779],
  [5, 2.57058183563631],
  [9, 2.2621571627982],
  [10, 2.22813885198627],
  [29, 2.0452296421327],
  [100, 1.98397151852355],
  [1000, 1.96233908082641],
];
/** R: qnorm(0.975). */
const Z_975 = 1.95996398454005;

function relErr(x: number, ref: number): number {
  return Math.abs(x - ref) / ref;
}

describe('tCritical', () => {
  it('is the 0.975 quantile for a 95% level', () => {
    expect(CONFIDENCE).toBe(0.95);
  });

  it('matches R below df = 100 (jstat) to 1e-7 relative', () => {
    for (const [df, ref] of R_QT_975.filter(([df]) => df < 100)) {
      expect(relErr(tCritical(df), ref), `df = ${df}`).toBeLessThan(1e-7);
    }
  });

  it('matches R from df = 100 (expansion) to 1e-10 relative', () => {
    for (const [df, ref] of R_QT_975.filter(([df]) => df >= 100)) {
      expect(relErr(tCritical(df), ref), `df = ${df}`).toBeLessThan(1e-10);
    }
  });

  it('tends to the normal quantile for huge df (where jstat alone fails)', () => {
    // t(df) - z ~ (z³ + z) / (4 df) = 2.37e-8 at df = 1e8; jstat alone is off by 3e-3 there.
    expect(relErr(tCritical(1e8), Z_975)).toBeLessThan(2e-8);
    expect(tCritical(1e8)).toBeGreaterThan(Z_975);
    expect(relErr(tCritical(1e15), Z_975)).toBeLessThan(1e-13);
    expect(relErr(tCritical(Infinity), Z_975)).toBeLessThan(1e-13);
  });

  it('decreases strictly in df, including across the switch at df = 100', () => {
    let previous = tCritical(1);
    for (let df = 2; df <= 3000; df++) {
      const t = tCritical(df);
      expect(t, `df = ${df}`).toBeLessThan(previous);
      previous = t;
    }
    expect(previous).toBeGreaterThan(Z_975);
  });

  it('rejects df that is not > 0', () => {
    for (const df of [0, -1, NaN]) expect(() => tCritical(df)).toThrow(RangeError);
  });
});
