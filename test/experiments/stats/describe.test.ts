import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describe as describeValues } from '../../../experiments/analysis/stats/index.ts';

// R: qt(0.975, df).
const QT_1 = 12.7062047361747;
const QT_7 = 2.36462425159278;
const QT_2 = 4.30265272974946;
// The t quantile is good to ~1e-7 relative: 6 decimals for CI ends.
const CI_DIGITS = 6;

describe('describe', () => {
  it('matches a hand-computed sample', () => {
    // 2 4 4 4 5 5 7 9: sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32;
    // sample variance 32/7, sd = sqrt(32/7) = 2.13808993529939...; se = sd/sqrt(8) = sqrt(4/7);
    // CI = 5 ± qt(0.975, 7) * sqrt(4/7) = 5 ± 1.787488 (2.364624 * 0.755929)
    const d = describeValues([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(d.n).toBe(8);
    expect(d.mean).toBe(5);
    expect(d.sd).toBeCloseTo(2.13808993529939, 13);
    expect(d.ciLow).toBeCloseTo(5 - QT_7 * Math.sqrt(4 / 7), CI_DIGITS);
    expect(d.ciHigh).toBeCloseTo(5 + QT_7 * Math.sqrt(4 / 7), CI_DIGITS);
    expect(d.ciHigh - 5).toBeCloseTo(1.787488, 6);
  });

  it('matches R: x <- c(1.5, 2.5, 6.5); mean, sd, t.test(x)$conf.int', () => {
    // mean 3.5; deviations -2 -1 3, squares 4+1+9 = 14; var 7; sd = sqrt(7); se = sqrt(7/3);
    const d = describeValues(new Float64Array([1.5, 2.5, 6.5]));
    expect(d.mean).toBe(3.5);
    expect(d.sd).toBe(Math.sqrt(7));
    expect(d.ciLow).toBeCloseTo(3.5 - QT_2 * Math.sqrt(7 / 3), CI_DIGITS);
    expect(d.ciHigh).toBeCloseTo(3.5 + QT_2 * Math.sqrt(7 / 3), CI_DIGITS);
  });

  it('skips non-finite values and counts only finite ones', () => {
    // Left: 1 and 3. mean 2, sd sqrt(2), se 1, CI 2 ± qt(0.975, 1).
    const d = describeValues([NaN, 1, Infinity, 3, -Infinity]);
    expect(d.n).toBe(2);
    expect(d.mean).toBe(2);
    expect(d.sd).toBe(Math.SQRT2);
    expect(d.ciLow).toBeCloseTo(2 - QT_1, CI_DIGITS);
    expect(d.ciHigh).toBeCloseTo(2 + QT_1, CI_DIGITS);
  });

  it('gives all NaN for no values and a mean only for one', () => {
    for (const empty of [[], [NaN, NaN], new Float64Array(0)]) {
      expect(describeValues(empty)).toEqual({ n: 0, mean: NaN, sd: NaN, ciLow: NaN, ciHigh: NaN });
    }
    expect(describeValues([NaN, -4.25])).toEqual({ n: 1, mean: -4.25, sd: NaN, ciLow: NaN, ciHigh: NaN });
  });

  it('gives sd 0 and a point interval for constant values', () => {
    expect(describeValues([0.1, 0.1, 0.1, 0.1])).toEqual({ n: 4, mean: 0.1, sd: 0, ciLow: 0.1, ciHigh: 0.1 });
  });

  const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 40 });

  it('property: the interval contains the mean', () => {
    fc.assert(
      fc.property(sample, (xs) => {
        const d = describeValues(xs);
        expect(d.ciLow).toBeLessThanOrEqual(d.mean);
        expect(d.mean).toBeLessThanOrEqual(d.ciHigh);
        expect(d.sd).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('property: the interval narrows as the same spread is replicated more often', () => {
    // k copies of a base sample: sd² = k SS / (k m - 1), half-width = t(km-1) sqrt(SS / (m (km - 1))),
    // strictly decreasing in k.
    const base = fc
      .array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 20 })
      .filter((xs) => new Set(xs).size > 1);
    fc.assert(
      fc.property(base, fc.integer({ min: 1, max: 15 }), (xs, k) => {
        const width = (copies: number): number => {
          const d = describeValues(Array.from({ length: copies }, () => xs).flat());
          return d.ciHigh - d.ciLow;
        };
        expect(width(k + 1)).toBeLessThan(width(k));
      }),
    );
  });

  it('property: deterministic, the same for typed and plain arrays, unaffected by inserted NaN', () => {
    fc.assert(
      fc.property(sample, fc.array(fc.nat(), { maxLength: 5 }), (xs, at) => {
        const d = describeValues(xs);
        const padded = [...xs];
        for (const i of at) padded.splice(i % (padded.length + 1), 0, NaN);
        expect(describeValues(xs)).toStrictEqual(d);
        expect(describeValues(Float64Array.from(xs))).toStrictEqual(d);
        expect(describeValues(padded)).toStrictEqual(d);
      }),
    );
  });
});
