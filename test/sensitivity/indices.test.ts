import { describe, expect, it } from 'vitest';
import { morrisDelta, morrisDesign } from '../../experiments/design/morrisDesign.ts';
import { morrisIndices } from '../../experiments/sensitivity/morris.ts';
import { saltelliDesign } from '../../experiments/design/saltelliDesign.ts';
import { sobolIndices } from '../../experiments/sensitivity/sobol.ts';
import { gFunction, ishigami, ishigamiIndices } from './functions.ts';

const bootstrap = { resamples: 200, confidence: 0.95, seed: 11 };

describe('Sobol indices from the Saltelli design', () => {
  // 2^14 rows × 5 points: pure arithmetic, well under a second.
  const samples = 16384;
  const design = saltelliDesign(20261123, samples, 3);
  const indices = sobolIndices(design.map(ishigami), 3, bootstrap);
  const analytic = ishigamiIndices();

  it('knows the analytic values it is checked against', () => {
    // Published to three digits (Saltelli et al. 2008; SALib's documentation).
    expect(analytic.first.map((v) => +v.toFixed(3))).toEqual([0.314, 0.442, 0]);
    expect(analytic.total.map((v) => +v.toFixed(3))).toEqual([0.558, 0.442, 0.244]);
  });

  it('estimates first- and total-order indices of the Ishigami function within 0.04 of the analytic values', () => {
    indices.forEach((index, i) => {
      expect(Math.abs(index.first.estimate - analytic.first[i]!), `S${i + 1}`).toBeLessThan(0.04);
      expect(Math.abs(index.total.estimate - analytic.total[i]!), `ST${i + 1}`).toBeLessThan(0.04);
      expect(index.first.n).toBe(samples);
    });
  });

  it('gives bootstrap intervals that bracket the estimate and are narrow at this size', () => {
    for (const index of indices) {
      for (const e of [index.first, index.total]) {
        expect(e.ciLow).toBeLessThanOrEqual(e.estimate);
        expect(e.ciHigh).toBeGreaterThanOrEqual(e.estimate);
        expect(e.ciHigh - e.ciLow).toBeLessThan(0.1);
      }
    }
  });

  it('lays out every row as A, AB(i) with column i from B, then B', () => {
    const small = saltelliDesign(3, 4, 3);
    expect(small).toHaveLength(4 * 5);
    for (let j = 0; j < 4; j++) {
      const [a, ab1, ab2, ab3, b] = small.slice(j * 5, j * 5 + 5) as number[][];
      [ab1, ab2, ab3].forEach((ab, i) => ab!.forEach((v, c) => expect(v).toBe(c === i ? b![c] : a![c])));
    }
    expect(saltelliDesign(3, 4, 3)).toEqual(small);
    expect(saltelliDesign(4, 4, 3)).not.toEqual(small);
  });

  it('leaves out rows with a missing output and says how many it used', () => {
    const outputs = design.slice(0, 200 * 5).map(ishigami);
    outputs[7] = NaN; // row 1
    const partial = sobolIndices(outputs, 3, { ...bootstrap, resamples: 20 });
    expect(partial[0]!.first.n).toBe(199);
  });

  it('gives undefined (NaN) indices for a constant output rather than dividing by zero', () => {
    const flat = sobolIndices(design.slice(0, 50).map(() => 1), 3, { ...bootstrap, resamples: 5 });
    expect(flat[0]!.first.estimate).toBeNaN();
  });
});

describe('Morris elementary effects', () => {
  it('moves one factor by ±Δ per step along every trajectory, each factor once', () => {
    const levels = 4;
    const delta = morrisDelta(levels);
    expect(delta).toBeCloseTo(2 / 3, 12);
    for (const trajectory of morrisDesign(5, 30, levels, 6)) {
      expect(trajectory.points).toHaveLength(7);
      expect(trajectory.steps.map((s) => s.factor).sort()).toEqual([0, 1, 2, 3, 4, 5]);
      trajectory.steps.forEach((step, s) => {
        const before = trajectory.points[s]!;
        const after = trajectory.points[s + 1]!;
        after.forEach((v, i) => {
          if (i === step.factor) expect(v - before[i]!).toBeCloseTo(step.sign * delta, 12);
          else expect(v).toBe(before[i]);
        });
      });
      for (const point of trajectory.points) for (const v of point) expect([0, 1 / 3, 2 / 3, 1].some((l) => Math.abs(l - v) < 1e-12)).toBe(true);
    }
  });

  it('recovers the coefficients of a linear function exactly (μ = μ* = c, σ = 0)', () => {
    const c = [3, -2, 0.5, 0];
    const design = morrisDesign(9, 10, 6, 4);
    const outputs = design.flatMap((t) => t.points.map((u) => u.reduce((y, v, i) => y + c[i]! * v, 1)));
    const indices = morrisIndices(design, outputs, morrisDelta(6), bootstrap);
    indices.forEach((index, i) => {
      expect(index.mu.estimate).toBeCloseTo(c[i]!, 10);
      expect(index.muStar.estimate).toBeCloseTo(Math.abs(c[i]!), 10);
      expect(index.sigma.estimate).toBeCloseTo(0, 10);
    });
  });

  it("ranks the inputs of Sobol's G function in their known order of importance", () => {
    const design = morrisDesign(20261123, 50, 4, 6);
    const outputs = design.flatMap((t) => t.points.map(gFunction));
    const muStar = morrisIndices(design, outputs, morrisDelta(4), bootstrap).map((index) => index.muStar.estimate);
    // u1 > u2 > u3 > u4, and the two with a = 99 well below all of them.
    for (let i = 0; i < 3; i++) expect(muStar[i]!).toBeGreaterThan(muStar[i + 1]!);
    expect(Math.max(muStar[4]!, muStar[5]!)).toBeLessThan(muStar[3]! / 2);
  });

  it('is drawn from the seed alone', () => {
    expect(morrisDesign(1, 5, 4, 3)).toEqual(morrisDesign(1, 5, 4, 3));
    expect(morrisDesign(2, 5, 4, 3)).not.toEqual(morrisDesign(1, 5, 4, 3));
  });
});
