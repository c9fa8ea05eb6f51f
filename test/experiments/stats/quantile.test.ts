import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { p5p95, quantile } from '../../../experiments/analysis/stats/index.ts';

describe('quantile (type 7)', () => {
  it('matches R: quantile(c(1, 2, 3, 4, 10), p)', () => {
    // position h = 4p (0-based): x[floor h] + frac(h) * (x[ceil h] - x[floor h]).
    const x = [1, 2, 3, 4, 10];
    expect(quantile(x, 0)).toBe(1);
    expect(quantile(x, 0.25)).toBe(2);
    expect(quantile(x, 0.5)).toBe(3);
    expect(quantile(x, 0.75)).toBe(4);
    expect(quantile(x, 1)).toBe(10);
    expect(quantile(x, 0.05)).toBeCloseTo(1.2, 14); // h 0.2
    expect(quantile(x, 0.1)).toBeCloseTo(1.4, 14); // h 0.4
    expect(quantile(x, 0.9)).toBeCloseTo(7.6, 14); // h 3.6: 4 + 0.6 * 6
    expect(quantile(x, 0.95)).toBeCloseTo(8.8, 14); // h 3.8: 4 + 0.8 * 6
  });

  it('matches R: quantile(c(1, 3, 5, 7), c(0.05, 0.5, 0.95)) = 1.3, 4, 6.7', () => {
    const x = new Float64Array([1, 3, 5, 7]);
    expect(quantile(x, 0.05)).toBeCloseTo(1.3, 14); // h 0.15: 1 + 0.15 * 2
    expect(quantile(x, 0.5)).toBe(4); // h 1.5
    expect(quantile(x, 0.95)).toBeCloseTo(6.7, 14); // h 2.85: 5 + 0.85 * 2
  });

  it('handles ties: quantile(c(2, 2, 2, 5), c(0.5, 0.9)) = 2, 4.1', () => {
    expect(quantile([2, 2, 2, 5], 0.5)).toBe(2);
    expect(quantile([2, 2, 2, 5], 0.9)).toBeCloseTo(4.1, 14); // h 2.7: 2 + 0.7 * 3
  });

  it('skips non-finite values; NaN when none remain; one value is every quantile', () => {
    expect(quantile([-Infinity, 1, NaN, 2, Infinity], 0.5)).toBe(1.5);
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([NaN], 0.5)).toBeNaN();
    for (const p of [0, 0.3, 1]) expect(quantile([7], p)).toBe(7);
  });

  it('rejects p outside [0, 1]', () => {
    for (const p of [-0.01, 1.01, NaN]) expect(() => quantile([1, 2], p)).toThrow(RangeError);
  });

  const sorted = fc
    .array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 30 })
    .map((xs) => xs.sort((a, b) => a - b));

  it('property: at p = k / (n - 1) it is the k-th order statistic', () => {
    fc.assert(
      fc.property(sorted, fc.nat(), (xs, k0) => {
        const k = k0 % xs.length;
        const p = xs.length === 1 ? 0.5 : k / (xs.length - 1);
        // (n - 1) * (k / (n - 1)) can round off k; allow the neighbouring interpolation error only.
        const q = quantile(xs, p);
        const tol = 1e-12 * Math.max(1, Math.abs(xs[k]), ...xs.map(Math.abs));
        expect(Math.abs(q - xs[k])).toBeLessThanOrEqual(tol);
      }),
    );
  });

  it('property: within [min, max] and non-decreasing in p', () => {
    fc.assert(
      fc.property(sorted, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p1, p2) => {
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        const a = quantile(xs, lo);
        const b = quantile(xs, hi);
        expect(a).toBeGreaterThanOrEqual(xs[0]);
        expect(b).toBeLessThanOrEqual(xs[xs.length - 1]);
        expect(a).toBeLessThanOrEqual(b);
      }),
    );
  });
});

describe('p5p95', () => {
  it('matches R on an unsorted sample without modifying it', () => {
    const x = [7, 1, NaN, 5, 3];
    const p = p5p95(x);
    expect(p.p5).toBeCloseTo(1.3, 14);
    expect(p.p95).toBeCloseTo(6.7, 14);
    expect(x).toEqual([7, 1, NaN, 5, 3]);
    const typed = new Float64Array([10, 4, 3, 2, 1]);
    expect(p5p95(typed).p95).toBeCloseTo(8.8, 14);
    expect(Array.from(typed)).toEqual([10, 4, 3, 2, 1]);
  });

  it('gives NaN for an empty sample', () => {
    expect(p5p95([NaN])).toEqual({ p5: NaN, p95: NaN });
  });

  it('property: independent of order, equal to quantile of the sorted values, p5 <= p95', () => {
    // + 0 turns -0 into 0: the two sorts may order -0 and 0 differently.
    const sample = fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => x + 0), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(sample, (xs) => {
        const sortedCopy = [...xs].sort((a, b) => a - b);
        const r = p5p95(xs);
        expect(r).toStrictEqual(p5p95([...xs].reverse()));
        expect(r).toStrictEqual({ p5: quantile(sortedCopy, 0.05), p95: quantile(sortedCopy, 0.95) });
        expect(r.p5).toBeLessThanOrEqual(r.p95);
      }),
    );
  });
});
