import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gini, quantile, summariseDurations, theil } from '../../engine/metrics/inequality.ts';

/** Rescales to max 1 (both indices are scale-invariant) so the references survive 1e308 and subnormals. */
function rescale(xs: number[]): number[] {
  const m = Math.max(0, ...xs);
  return m === 0 ? xs : xs.map((x) => x / m);
}

/** Independent O(n) Theil straight from the definition (1/n) Σ (x/μ) ln(x/μ). */
function naiveTheil(raw: number[]): number {
  const xs = rescale(raw);
  const n = xs.length;
  const mu = xs.reduce((a, b) => a + b, 0) / n;
  if (n === 0 || mu === 0) return 0;
  return xs.reduce((acc, x) => acc + (x === 0 ? 0 : (x / mu) * Math.log(x / mu)), 0) / n;
}

/** Independent O(n²) Gini: mean absolute difference / (2μ). */
function naiveGini(raw: number[]): number {
  const xs = rescale(raw);
  const n = xs.length;
  const mu = xs.reduce((a, b) => a + b, 0) / n;
  if (n === 0 || mu === 0) return 0;
  let s = 0;
  for (const a of xs) for (const b of xs) s += Math.abs(a - b);
  return s / (2 * n * n * mu);
}

describe('theil', () => {
  it('is 0 for equal values', () => {
    const r = theil([1, 1, 1, 1], [0, 0, 1, 1], 2);
    expect(r.total).toBeCloseTo(0, 15);
    expect(r.between).toBeCloseTo(0, 15);
    expect(r.within).toBeCloseTo(0, 15);
    expect(r.n).toBe(4);
    expect(r.groupMeans).toEqual([1, 1]);
    expect(r.groupShares).toEqual([0.5, 0.5]);
  });

  it('puts all inequality between groups when groups are internally equal', () => {
    // x = [1,1,3,3], μ = 2, group means 1 and 3, value shares s = [2/8, 6/8].
    // total   = ¼[2·½ln½ + 2·(3/2)ln(3/2)] = ¼[ln½ + 3 ln 1.5] = 0.1308120...
    // between = ¼ ln(1/2) + ¾ ln(3/2) = −0.1732868 + 0.3040988 = 0.1308120...
    const expected = 0.25 * (Math.log(0.5) + 3 * Math.log(1.5));
    const r = theil(new Float64Array([1, 1, 3, 3]), new Int32Array([0, 0, 1, 1]), 2);
    expect(expected).toBeCloseTo(0.130812, 6);
    expect(r.total).toBeCloseTo(expected, 12);
    expect(r.between).toBeCloseTo(expected, 12);
    expect(r.within).toBe(0);
    expect(r.groupMeans).toEqual([1, 3]);
    expect(r.groupShares).toEqual([0.25, 0.75]);
  });

  it('matches a hand-computed mixed decomposition', () => {
    // x = [0,2 | 4,4], μ = 2.5, Σx = 10, μ0 = 1, μ1 = 4, s = [0.2, 0.8].
    // total   = (1/10)[2 ln 0.8 + 8 ln 1.6]          = 0.331374...
    // T0      = ½[0 + 2 ln 2] = ln 2, T1 = 0  → within = 0.2 ln 2 = 0.138629...
    // between = 0.2 ln(1/2.5) + 0.8 ln(4/2.5)        = 0.192745...
    const r = theil([0, 2, 4, 4], [0, 0, 1, 1], 2);
    expect(r.total).toBeCloseTo(0.331374, 6);
    expect(r.within).toBeCloseTo(0.2 * Math.LN2, 12);
    expect(r.between).toBeCloseTo(0.192745, 6);
    expect(r.groupTheil[0]).toBeCloseTo(Math.LN2, 12);
    expect(r.groupTheil[1]).toBe(0);
  });

  it('reaches ln n when one element holds everything', () => {
    expect(theil([0, 0, 0, 4], [0, 0, 0, 0], 1).total).toBeCloseTo(Math.log(4), 12);
  });

  it('honours the include mask', () => {
    const r = theil([1, 100, 3, 3, 1], [0, 1, 1, 1, 0], 2, new Uint8Array([1, 0, 1, 1, 1]));
    const ref = theil([1, 3, 3, 1], [0, 1, 1, 0], 2);
    expect(r).toEqual(ref);
    expect(r.n).toBe(4);
  });

  it('returns zeros, not NaN, for empty input and zero mean', () => {
    for (const r of [theil([], [], 3), theil([0, 0], [0, 1], 2), theil([5], [0], 1, [0])]) {
      expect(r.total).toBe(0);
      expect(r.between).toBe(0);
      expect(r.within).toBe(0);
      expect(r.groupMeans.every((v) => v === 0)).toBe(true);
      expect(r.groupShares.every((v) => v === 0)).toBe(true);
    }
    expect(theil([], [], 3).n).toBe(0);
  });

  it('rejects negative values and bad group labels', () => {
    expect(() => theil([1, -1], [0, 0], 1)).toThrow(RangeError);
    expect(() => theil([1, NaN], [0, 0], 1)).toThrow(RangeError);
    expect(() => theil([1, 2], [0, 2], 2)).toThrow(RangeError);
    expect(() => theil([1, 2], [0, 0.5], 2)).toThrow(RangeError);
  });

  it('decomposes additively (property)', () => {
    const sample = fc
      .integer({ min: 1, max: 6 })
      .chain((k) =>
        fc.record({
          k: fc.constant(k),
          rows: fc.array(
            fc.record({
              x: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true }),
                fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true })),
              g: fc.integer({ min: 0, max: k - 1 }),
              inc: fc.boolean(),
            }),
            { maxLength: 60 },
          ),
        }),
      );
    fc.assert(
      fc.property(sample, ({ k, rows }) => {
        const xs = Float64Array.from(rows, (r) => r.x);
        const gs = Int32Array.from(rows, (r) => r.g);
        const inc = Uint8Array.from(rows, (r) => (r.inc ? 1 : 0));
        const r = theil(xs, gs, k, inc);
        const included = rows.filter((row) => row.inc).map((row) => row.x);
        const tol = 1e-9 * (1 + r.total);
        expect(r.n).toBe(included.length);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.between).toBeGreaterThanOrEqual(0);
        expect(r.within).toBeGreaterThanOrEqual(0);
        expect(Math.abs(r.between + r.within - r.total)).toBeLessThanOrEqual(tol);
        expect(Math.abs(r.total - naiveTheil(included))).toBeLessThanOrEqual(1e-9 * (1 + r.total));
        expect(r.total).toBeLessThanOrEqual(Math.log(Math.max(1, included.length)) + 1e-9);
        const g = gini(xs, inc);
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThan(1);
        expect(Math.abs(g - naiveGini(included))).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 300 },
    );
  });
});

describe('gini', () => {
  it('matches hand-computed values', () => {
    // [1,2,3,4]: Σ_i Σ_j |x_i − x_j| = 2(1+2+3+1+2+1) = 20; G = 20 / (2·4²·2.5) = 0.25
    expect(gini([1, 2, 3, 4])).toBeCloseTo(0.25, 15);
    expect(gini(new Float64Array([4, 3, 2, 1]))).toBeCloseTo(0.25, 15);
    // One holder of everything among n = 4: (n − 1)/n
    expect(gini([0, 0, 0, 1])).toBeCloseTo(0.75, 15);
  });

  it('is 0 for empty, single, all-equal and all-zero input', () => {
    expect(gini([])).toBe(0);
    expect(gini([7])).toBe(0);
    expect(gini(new Float64Array(10).fill(0.1))).toBe(0);
    expect(gini([0, 0, 0])).toBe(0);
  });

  it('honours the include mask and does not mutate its input', () => {
    const xs = new Float64Array([4, 100, 1, 3, 2]);
    expect(gini(xs, [1, 0, 1, 1, 1])).toBeCloseTo(0.25, 15);
    expect(Array.from(xs)).toEqual([4, 100, 1, 3, 2]);
  });

  it('rejects negative values', () => {
    expect(() => gini([1, -2])).toThrow(RangeError);
  });
});

describe('quantile (R type 7)', () => {
  const x = new Float64Array([1, 2, 4, 7, 11]);
  it('matches R quantile(c(1,2,4,7,11), ...)', () => {
    // h = (n − 1) q = 4q
    expect(quantile(x, 0)).toBe(1);
    expect(quantile(x, 0.25)).toBe(2); // h = 1
    expect(quantile(x, 0.3)).toBeCloseTo(2.4, 12); // h = 1.2: 2 + 0.2·(4 − 2)
    expect(quantile(x, 0.5)).toBe(4); // h = 2
    expect(quantile(x, 0.9)).toBeCloseTo(9.4, 12); // h = 3.6: 7 + 0.6·(11 − 7)
    expect(quantile(x, 1)).toBe(11);
    // Even n, R: quantile(1:4, c(.5, .9)) = 2.5, 3.7
    const y = new Float64Array([1, 2, 3, 4]);
    expect(quantile(y, 0.5)).toBe(2.5);
    expect(quantile(y, 0.9)).toBeCloseTo(3.7, 12);
  });

  it('is NaN on empty input and rejects q outside [0, 1]', () => {
    expect(quantile(new Float64Array(0), 0.5)).toBeNaN();
    expect(() => quantile(x, 1.1)).toThrow(RangeError);
    expect(() => quantile(x, NaN)).toThrow(RangeError);
  });
});

describe('summariseDurations', () => {
  it('summarises the first n entries, sorting them in place', () => {
    const buf = new Float64Array([11, 1, 7, 2, 4, 99]);
    const s = summariseDurations(buf, 5);
    expect(s).toEqual({ n: 5, mean: 5, median: 4, p90: expect.closeTo(9.4, 12) });
    expect(Array.from(buf)).toEqual([1, 2, 4, 7, 11, 99]); // tail untouched
  });

  it('returns NaN statistics for n = 0 and rejects bad n', () => {
    const s = summariseDurations(new Float64Array(3), 0);
    expect(s.n).toBe(0);
    expect(s.mean).toBeNaN();
    expect(s.median).toBeNaN();
    expect(s.p90).toBeNaN();
    expect(() => summariseDurations(new Float64Array(3), 4)).toThrow(RangeError);
  });
});
