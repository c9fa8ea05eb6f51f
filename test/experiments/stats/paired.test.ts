import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pairedContrast } from '../../../experiments/analysis/stats/index.ts';
import type { Better } from '../../../engine/metrics/direction.ts';

// R: qt(0.975, 4); the t quantile is good to ~1e-7 relative: 6 decimals for CI ends.
const QT_4 = 2.77644510519779;
const CI_DIGITS = 6;

// Hand-computed set. Differences 2 3 0 4 1: mean 2; deviations 0 1 -2 2 -1, squares sum 10;
// variance 10/4 = 2.5, sd = sqrt(2.5) = 1.58113883008419; se = sd / sqrt(5) = sqrt(0.5);
// CI = 2 ± qt(0.975, 4) sqrt(0.5) = 2 ± 1.963243 -> [0.036757, 3.963243];
// d_z = 2 / sqrt(2.5) = sqrt(1.6) = 1.26491106406735.
// Costs: differences 2 4 3 5 6, mean 4; cost-effectiveness 2 / 4 = 0.5.
const ARM = [5, 7, 6, 9, 8];
const REF = [3, 4, 6, 5, 7];
const ARM_COST = [10, 12, 11, 13, 14];
const REF_COST = [8, 8, 8, 8, 8];

describe('pairedContrast', () => {
  it('matches a hand-computed paired sample', () => {
    const c = pairedContrast(ARM, REF, 'higher', ARM_COST, REF_COST);
    expect(c.n).toBe(5);
    expect(c.meanDiff).toBe(2);
    expect(c.sdDiff).toBeCloseTo(1.58113883008419, 13);
    expect(c.ciLow).toBeCloseTo(2 - QT_4 * Math.sqrt(0.5), CI_DIGITS);
    expect(c.ciHigh).toBeCloseTo(2 + QT_4 * Math.sqrt(0.5), CI_DIGITS);
    expect(c.ciLow).toBeCloseTo(0.036757, 6);
    expect(c.ciHigh).toBeCloseTo(3.963243, 6);
    expect(c.effectSize).toBeCloseTo(1.26491106406735, 13);
    expect(c.pImprove).toBe(0.9); // 4 better, 1 tie: 4.5 / 5
    expect(c.costDiff).toBe(4);
    expect(c.costEffectiveness).toBe(0.5);
  });

  it('scores improvement in every direction', () => {
    // higher: better in 4 pairs, tie in 1 -> 0.9; lower: tie only -> 0.1.
    expect(pairedContrast(ARM, REF, 'higher').pImprove).toBe(0.9);
    expect(pairedContrast(ARM, REF, 'lower').pImprove).toBe(0.1);
    // zero: |arm| vs |ref|: |-1|<2 better, 2=|-2| tie, 3>1 worse, 0<0.5 better -> 2.5 / 4.
    expect(pairedContrast([-1, 2, -3, 0], [2, -2, 1, -0.5], 'zero').pImprove).toBe(0.625);
    // one: |arm-1| .25 .5 .25 .125 0 vs |ref-1| .5 .25 .25 .125 1: better, worse, tie, tie, better -> 3 / 5.
    expect(pairedContrast([0.75, 1.5, 0.75, 1.125, 1], [0.5, 1.25, 1.25, 0.875, 2], 'one').pImprove).toBe(0.6);
    // none: no value judgement, so no probability of improvement; the rest is still computed.
    const none = pairedContrast(ARM, REF, 'none');
    expect(none.pImprove).toBeNaN();
    expect(none.meanDiff).toBe(2);
  });

  it('drops pairs with a non-finite value on either side', () => {
    const arm = [NaN, ...ARM.slice(0, 2), 100, ...ARM.slice(2), Infinity];
    const ref = [1, ...REF.slice(0, 2), NaN, ...REF.slice(2), 3];
    expect(pairedContrast(arm, ref, 'higher')).toStrictEqual(pairedContrast(ARM, REF, 'higher'));
    // A missing cost drops the pair from every field, so the ratio compares like with like.
    const c = pairedContrast([...ARM, 1000], [...REF, 0], 'higher', [...ARM_COST, NaN], [...REF_COST, 8]);
    expect(c).toStrictEqual(pairedContrast(ARM, REF, 'higher', ARM_COST, REF_COST));
  });

  it('gives NaN where there is too little data', () => {
    expect(pairedContrast([], [], 'higher', [], [])).toStrictEqual({
      n: 0,
      meanDiff: NaN,
      sdDiff: NaN,
      ciLow: NaN,
      ciHigh: NaN,
      effectSize: NaN,
      pImprove: NaN,
      costDiff: NaN,
      costEffectiveness: NaN,
    });
    expect(pairedContrast([3, NaN], [1, 2], 'lower', [5, 5], [2, 2])).toStrictEqual({
      n: 1,
      meanDiff: 2,
      sdDiff: NaN,
      ciLow: NaN,
      ciHigh: NaN,
      effectSize: NaN,
      pImprove: 0,
      costDiff: 3,
      costEffectiveness: 2 / 3,
    });
  });

  it('gives NaN effect size when every pair differs by the same amount', () => {
    const c = pairedContrast([2, 3, 4], [1, 2, 3], 'higher');
    expect(c.meanDiff).toBe(1);
    expect(c.sdDiff).toBe(0);
    expect([c.ciLow, c.ciHigh]).toEqual([1, 1]);
    expect(c.effectSize).toBeNaN();
    expect(c.pImprove).toBe(1);
  });

  it('gives NaN cost-effectiveness without costs or with no cost difference', () => {
    const without = pairedContrast(ARM, REF, 'higher');
    expect(without.costDiff).toBeNaN();
    expect(without.costEffectiveness).toBeNaN();
    // Cost differences 1 -1 0 2 -2 sum to 0.
    const even = pairedContrast(ARM, REF, 'higher', [9, 7, 8, 10, 6], [8, 8, 8, 8, 8]);
    expect(even.costDiff).toBe(0);
    expect(even.costEffectiveness).toBeNaN();
    expect(even.meanDiff).toBe(2);
  });

  it('rejects mismatched lengths and a single cost array', () => {
    expect(() => pairedContrast([1, 2], [1], 'higher')).toThrow(RangeError);
    expect(() => pairedContrast([1, 2], [1, 2], 'higher', [1, 2])).toThrow(/both/);
    expect(() => pairedContrast([1, 2], [1, 2], 'higher', undefined, [1, 2])).toThrow(/both/);
    expect(() => pairedContrast([1, 2], [1, 2], 'higher', [1, 2], [1])).toThrow(RangeError);
  });

  const pairs = fc
    .integer({ min: 0, max: 30 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: n, maxLength: n }),
      ),
    );
  const direction = fc.constantFrom<Better>('higher', 'lower', 'zero', 'one');

  it('property: swapping arm and reference negates the difference and complements pImprove', () => {
    fc.assert(
      fc.property(pairs, direction, ([a, r], better) => {
        const c = pairedContrast(a, r, better);
        const s = pairedContrast(r, a, better);
        expect(s.n).toBe(c.n);
        if (c.n === 0) return;
        // Negating every difference is exact in floating point, so these hold bit for bit.
        expect(s.meanDiff === -c.meanDiff).toBe(true);
        expect(Object.is(s.sdDiff, c.sdDiff)).toBe(true);
        if (c.n >= 2) {
          expect(s.ciLow === -c.ciHigh).toBe(true);
          expect(s.ciHigh === -c.ciLow).toBe(true);
        }
        // A tie is 0.5 from both sides, so this holds with ties too.
        expect(s.pImprove).toBeCloseTo(1 - c.pImprove, 12);
      }),
    );
  });

  it('property: mean difference is the difference of means; pImprove(lower) = 1 - pImprove(higher)', () => {
    fc.assert(
      fc.property(pairs, ([a, r]) => {
        fc.pre(a.length > 0);
        const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
        const higher = pairedContrast(a, r, 'higher');
        expect(higher.meanDiff).toBeCloseTo(mean(a) - mean(r), 9);
        expect(pairedContrast(a, r, 'lower').pImprove).toBeCloseTo(1 - higher.pImprove, 12);
        // Share of pairs with a > r plus half the ties, counted here directly.
        const score = a.reduce((s, x, i) => s + (x > r[i] ? 1 : x === r[i] ? 0.5 : 0), 0);
        expect(higher.pImprove).toBeCloseTo(score / a.length, 12);
      }),
    );
  });

  it('property: deterministic, the same for typed arrays, unaffected by inserted missing pairs', () => {
    fc.assert(
      fc.property(pairs, direction, fc.array(fc.nat(), { maxLength: 4 }), ([a, r], better, at) => {
        const costA = a.map((x) => Math.abs(x) + 0.5);
        const costR = r.map((x) => Math.abs(x) * 0.25);
        const c = pairedContrast(a, r, better, costA, costR);
        const pa = [...a], pr = [...r], pca = [...costA], pcr = [...costR];
        at.forEach((i, k) => {
          const j = i % (pa.length + 1);
          pa.splice(j, 0, k % 2 === 0 ? NaN : 1);
          pr.splice(j, 0, k % 2 === 0 ? 1 : NaN);
          pca.splice(j, 0, 1);
          pcr.splice(j, 0, 2);
        });
        expect(pairedContrast(a, r, better, costA, costR)).toStrictEqual(c);
        expect(
          pairedContrast(Float64Array.from(a), Float64Array.from(r), better, Float64Array.from(costA), Float64Array.from(costR)),
        ).toStrictEqual(c);
        expect(pairedContrast(pa, pr, better, pca, pcr)).toStrictEqual(c);
      }),
    );
  });
});
