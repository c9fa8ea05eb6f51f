import { describe, expect, it } from 'vitest';
import { stream, normal } from '../../engine/core/rng.ts';
import { apmc, distance, effectiveSampleSize, keepClosest, type Particle } from '../../experiments/calibration/apmc.ts';
import { cholesky, logNormalDensity } from '../../experiments/calibration/linalg.ts';

/**
 * A stochastic model with a known posterior: 25 draws from N(μ, 1), summarised by their mean,
 * observed at 2. With a flat prior on [−10, 10], the posterior of μ is N(2, 0.2²).
 */
async function toyCalibration(seed: number) {
  const lo = -10;
  const hi = 10;
  return apmc(seed, { particles: 400, alpha: 0.5, minAcceptance: 0.05, maxGenerations: 40 }, 1, async (generation, particles) =>
    particles.map((p) => {
      const rng = stream(seed, 'toy', generation * 100000 + p.index);
      const mu = lo + p.u[0]! * (hi - lo);
      let sum = 0;
      for (let i = 0; i < 25; i++) sum += mu + normal(rng);
      return distance([sum / 25], [2], [0.2]);
    }),
  );
}

function posterior(generations: Awaited<ReturnType<typeof toyCalibration>>): { mean: number; sd: number } {
  const kept = generations[generations.length - 1]!.kept;
  const w = kept.map((p) => p.weight);
  const total = w.reduce((a, b) => a + b, 0);
  const x = kept.map((p) => -10 + p.u[0]! * 20);
  const mean = x.reduce((s, v, i) => s + (w[i]! / total) * v, 0);
  const sd = Math.sqrt(x.reduce((s, v, i) => s + (w[i]! / total) * (v - mean) ** 2, 0));
  return { mean, sd };
}

describe('APMC', () => {
  it('recovers the known posterior of a stochastic toy model (mean 2, sd 0.2)', async () => {
    const generations = await toyCalibration(42);
    const { mean, sd } = posterior(generations);
    expect(Math.abs(mean - 2)).toBeLessThan(0.1);
    expect(sd).toBeGreaterThan(0.12);
    expect(sd).toBeLessThan(0.35);
    // The tolerance shrinks and the last generation stopped on the acceptance rule.
    const tolerances = generations.map((g) => g.tolerance);
    for (let t = 1; t < tolerances.length; t++) expect(tolerances[t]!).toBeLessThanOrEqual(tolerances[t - 1]!);
    expect(generations[generations.length - 1]!.acceptance).toBeLessThanOrEqual(0.05);
    expect(generations.length).toBeLessThan(40);
  });

  it('is a function of the seed', async () => {
    const a = await toyCalibration(7);
    const b = await toyCalibration(7);
    expect(b.map((g) => g.kept.map((p) => p.u[0]))).toEqual(a.map((g) => g.kept.map((p) => p.u[0])));
  });

  it('keeps the closest particles, ties in generation and index order, missing distances last', () => {
    const p = (generation: number, index: number, d: number) => ({ generation, index, u: [0], weight: 1, distance: d });
    const { kept, tolerance } = keepClosest([p(1, 0, 0.5), p(0, 3, NaN), p(0, 2, 0.5), p(0, 1, 0.1)], 3);
    expect(kept.map((k) => [k.generation, k.index])).toEqual([[0, 1], [0, 2], [1, 0]]);
    expect(tolerance).toBe(0.5);
  });

  it('measures distance as the root mean square misfit in units of each target scale', () => {
    expect(distance([1, 5], [0, 2], [1, 1.5])).toBeCloseTo(Math.sqrt((1 + 4) / 2), 12);
    expect(distance([NaN], [0], [1])).toBe(Infinity);
  });

  it('has a multivariate normal density that matches the one-dimensional formula and a correct Cholesky factor', () => {
    const l = cholesky([[4, 2], [2, 3]])!;
    expect(l[0]![0]! ** 2).toBeCloseTo(4, 12);
    expect(l[1]![0]! * l[0]![0]!).toBeCloseTo(2, 12);
    expect(l[1]![0]! ** 2 + l[1]![1]! ** 2).toBeCloseTo(3, 12);
    expect(cholesky([[1, 1], [1, 1]])).toBeNull();
    expect(logNormalDensity([1.5], [1], [[2]])).toBeCloseTo(-0.5 * 0.25 ** 2 - Math.log(2) - 0.5 * Math.log(2 * Math.PI), 12);
  });
});

describe('effective sample size', () => {
  const particles = (weights: number[]): Particle[] => weights.map((weight, index) => ({ generation: 0, index, u: [0.5], weight, distance: 0 }));

  it('is the number of particles when their weights are equal, whatever the scale', () => {
    expect(effectiveSampleSize(particles([3, 3, 3, 3]))).toBeCloseTo(4, 12);
  });

  it('falls towards 1 when one particle carries the weight', () => {
    // (100 + 3)² / (100² + 3) = 10609 / 10003
    expect(effectiveSampleSize(particles([100, 1, 1, 1]))).toBeCloseTo(10609 / 10003, 12);
  });
});
